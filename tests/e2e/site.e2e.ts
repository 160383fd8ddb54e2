import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { listBuiltPages } from '../support/built-pages.ts';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function countOperations(document: { paths?: Record<string, Record<string, unknown>> }): number {
  return Object.values(document.paths ?? {}).reduce(
    (count, pathItem) => count + Object.keys(pathItem).filter((key) => HTTP_METHODS.includes(key)).length,
    0,
  );
}

test('the home page renders and leads to the installation guide', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'SessionDock Developer Docs' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your first request in three steps' })).toBeVisible();
  await page.getByRole('link', { name: 'Make your first request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Installation' })).toBeVisible();
  await expect(page).toHaveURL(/\/installation\/$/);
});

test('search finds a guide by a word in its text', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const search = page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' });
  await search.fill('regenerate');
  const result = page.getByRole('dialog', { name: 'Search' }).getByRole('link', { name: /Installation/ }).first();
  await expect(result).toBeVisible();
  await result.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Installation' })).toBeVisible();
});

test('the contract downloads as YAML and JSON and lists all 20 operations', async ({ request }) => {
  const yamlResponse = await request.get('openapi.yaml');
  expect(yamlResponse.status()).toBe(200);
  const fromYaml = parse(await yamlResponse.text());
  const jsonResponse = await request.get('openapi.json');
  expect(jsonResponse.status()).toBe(200);
  const fromJson = await jsonResponse.json();
  expect(countOperations(fromYaml)).toBe(20);
  expect(fromJson).toEqual(fromYaml);
});

for (const path of listBuiltPages()) {
  test(`/${path} requests nothing from any other host`, async ({ page, baseURL }) => {
    const ownOrigin = new URL(baseURL ?? '').origin;
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== ownOrigin) outside.push(request.url());
    });
    const response = await page.goto(path || './', { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    // Starlight loads its search UI on idle: open it so that its requests are counted too.
    // Starlight's own search button (the explorer page also has Scalar's).
    const searchButton = page.locator('site-search button[data-open-modal]');
    if ((await searchButton.count()) > 0) {
      await searchButton.click();
      await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).fill('session');
      await page.waitForLoadState('networkidle');
    }
    expect(outside).toEqual([]);
  });
}
