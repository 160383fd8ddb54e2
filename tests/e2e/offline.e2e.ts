/**
 * The site used without a network: every host but the site's own is blocked and every failed
 * request is recorded. That each page of the sitemap loads this way is checked in a11y.e2e.ts,
 * in the same visit as axe; here, what a reader does after the page has loaded: search (Pagefind
 * loads a worker, WebAssembly and index fragments) and the try-it panel with the in-page mock.
 */
import { expect, test } from '@playwright/test';
import { TryItPage } from './support/try-it-page.ts';
import { watchPage } from './support/watch-page.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

const model = await loadContractModel();

test('search finds an operation page offline', async ({ page, baseURL }) => {
  const watch = await watchPage(page, new URL(baseURL ?? '').origin);
  const operation =
    model.operations.find((candidate) => candidate.id === 'patchSessionNotes') ??
    model.operations[0]!;
  await page.goto('installation/');
  await page.locator('site-search button[data-open-modal]').click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill(operation.summary);
  await dialog
    .getByRole('link', { name: new RegExp(operation.summary) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: operation.summary })).toBeVisible();
  expect(watch).toEqual({ outside: [], failed: [], cspViolations: [] });
});

test('the try-it panel loads and answers from the mock offline', async ({ page, baseURL }) => {
  const watch = await watchPage(page, new URL(baseURL ?? '').origin);
  const tryIt = new TryItPage(page);
  await tryIt.openAt(
    model.operations.find((candidate) => candidate.id === 'listSessions') ?? model.operations[0]!,
  );
  await tryIt.send();
  await expect(tryIt.statusLine).toHaveText(/^200\b/);
  await expect(tryIt.answeredBy).toHaveText(/^Answered by the mock in this page/);
  await tryIt.reproduce('401');
  await tryIt.send();
  await expect(tryIt.statusLine).toHaveText(/^401\b/);
  expect(watch).toEqual({ outside: [], failed: [], cspViolations: [] });
});
