/**
 * The explorer offers the in-page mock as a server: a request sent to it from Scalar's client is
 * answered in the page, and nothing goes to any other host.
 */
import { expect, test } from '@playwright/test';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';

test('the explorer sends a request to the in-page mock and shows its answer', async ({ page, baseURL }) => {
  test.setTimeout(60_000);
  const ownOrigin = new URL(baseURL ?? '').origin;
  const outside: string[] = [];
  page.on('request', (request) => { if (new URL(request.url()).origin !== ownOrigin) outside.push(request.url()); });
  await page.goto('explorer/', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: /^Server:/ }).first().click();
  await page.getByText(/\/mock\/api\/v1$/).first().click();
  await page.getByPlaceholder('Token').first().fill(SANDBOX_TOKEN);
  await page.getByRole('button', { name: /Test Request/ }).first().click();
  await page.getByRole('button', { name: /^Send/ }).first().click();
  await expect(page.getByText('200 OK').first()).toBeVisible();
  await expect(page.getByText('"effectiveMode"').first()).toBeVisible();
  expect(outside).toEqual([]);
});

test('the explorer replaces its loading note with the reference and logs no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('explorer/', { waitUntil: 'networkidle' });
  await expect(page.getByText('List sessions', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Loading the explorer…')).toBeHidden();
  expect(errors).toEqual([]);
});
