/**
 * The explorer paints its list of operations as static HTML and fetches Scalar only when the
 * reader opens it; once open, it offers the in-page mock as a server: a request sent to it from
 * Scalar's client is answered in the page, and nothing goes to any other host.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { siteConfig } from '../../site.config.ts';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';

const model = await loadContract(
  readFileSync(siteConfig.contractPath, 'utf8'),
  siteConfig.contractPath,
);
const OPEN = { name: 'Open the interactive explorer' };

/** Collects the URLs of the scripts and style sheets the page requests. */
function watchAssets(page: Page): string[] {
  const assets: string[] = [];
  page.on('request', (request) => {
    if (['script', 'stylesheet'].includes(request.resourceType())) assets.push(request.url());
  });
  return assets;
}

test('the explorer lists every operation, linked to its page, without fetching Scalar', async ({
  page,
}) => {
  const assets = watchAssets(page);
  await page.goto('explorer/', { waitUntil: 'networkidle' });
  for (const operation of model.operations) {
    const link = page.getByRole('link', {
      name: `${operation.method.toUpperCase()} ${operation.path} ${operation.summary}`,
      exact: true,
    });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute(
      'href',
      new RegExp(`/${operation.group}/${operation.slug}/$`),
    );
  }
  expect(assets.filter((url) => /mount-scalar|\/_scalar\//.test(url))).toEqual([]);
});

test("opening the explorer replaces the list with Scalar's reference and logs no error", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('explorer/', { waitUntil: 'networkidle' });
  await page.getByRole('button', OPEN).click();
  await expect(page.getByRole('button', { name: /^Server:/ }).first()).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByText('Loading the explorer…')).toBeHidden();
  await expect(page.getByRole('button', OPEN)).toBeHidden();
  for (const { summary } of model.operations) {
    await expect(page.getByText(summary, { exact: true }).first()).toBeAttached();
  }
  expect(errors).toEqual([]);
});

test('the explorer, once opened, sends a request to the in-page mock and shows its answer', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  const ownOrigin = new URL(baseURL ?? '').origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== ownOrigin) outside.push(request.url());
  });
  await page.goto('explorer/', { waitUntil: 'networkidle' });
  await page.getByRole('button', OPEN).click();
  await page
    .getByRole('button', { name: /^Server:/ })
    .first()
    .click({ timeout: 30_000 });
  await page
    .getByText(/\/mock\/api\/v1$/)
    .first()
    .click();
  await page.getByPlaceholder('Token').first().fill(SANDBOX_TOKEN);
  await page
    .getByRole('button', { name: /Test Request/ })
    .first()
    .click();
  await page.getByRole('button', { name: /^Send/ }).first().click();
  await expect(page.getByText('200 OK').first()).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('"effectiveMode"').first()).toBeVisible();
  expect(outside).toEqual([]);
});
