import { expect, test } from '@playwright/test';
import { parse } from 'yaml';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

function countOperations(document: { paths?: Record<string, Record<string, unknown>> }): number {
  return Object.values(document.paths ?? {}).reduce(
    (count, pathItem) =>
      count + Object.keys(pathItem).filter((key) => HTTP_METHODS.includes(key)).length,
    0,
  );
}

test('the home page renders and leads to the quickstart', async ({ page }) => {
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'SessionDock Developer Docs' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your first request' })).toBeVisible();
  await page.getByRole('link', { name: 'Make your first request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Quickstart' })).toBeVisible();
  await expect(page).toHaveURL(/\/quickstart\/$/);
});

test('search finds a guide by a word in its text', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Search' }).first().click();
  const search = page
    .getByRole('dialog', { name: 'Search' })
    .getByRole('textbox', { name: 'Search' });
  await search.fill('regenerate');
  const result = page
    .getByRole('dialog', { name: 'Search' })
    .getByRole('link', { name: /Installation/ })
    .first();
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

// Every page of the sitemap is also checked for requests to other hosts (and blocked from making
// them) in a11y.e2e.ts, which visits each page once; offline.e2e.ts covers the search UI.
