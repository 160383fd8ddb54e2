/**
 * The reader's token: in memory unless they opt in, then only in this tab's sessionStorage;
 * never in localStorage, cookies, the URL or the code samples unless asked. And the panel is
 * accessible with a response shown.
 */
import { expect, test } from '@playwright/test';
import { TryItPage } from './support/try-it-page.ts';
import { loadContractModel } from '../support/load-contract-model.ts';
import { axeViolations } from './support/axe-violations.ts';

const model = await loadContractModel();
const TOKEN = 'sd_live_6f1c0e27-reader-secret';

async function storedEverywhere(page: import('@playwright/test').Page): Promise<string> {
  const inPage = await page.evaluate(() =>
    JSON.stringify({
      local: Object.fromEntries(Object.entries(localStorage)),
      session: Object.fromEntries(Object.entries(sessionStorage)),
      cookie: document.cookie,
    }),
  );
  const cookies = JSON.stringify(await page.context().cookies());
  return `${inPage} ${cookies} ${page.url()}`;
}

test('the token stays out of storage, cookies, the URL and the samples unless the reader asks', async ({
  page,
}) => {
  const tryIt = new TryItPage(page);
  await tryIt.openOnApp(
    model.operations.find((candidate) => candidate.id === 'listSessions')!,
    'http://127.0.0.1:18432/api/v1',
    TOKEN,
  );
  expect(await storedEverywhere(page)).not.toContain(TOKEN);
  for (const label of ['bash', 'PowerShell', 'cmd', 'JavaScript', 'Node.js', 'Python']) {
    const code = await tryIt.snippet(label);
    expect(code).not.toContain(TOKEN);
    expect(code).toMatch(/SESSIONDOCK_TOKEN/);
  }
  await tryIt.panel.getByLabel('Show my token in the code').check();
  expect(await tryIt.snippet('bash')).toContain(TOKEN);

  await tryIt.panel.getByLabel('Remember it in this tab').check();
  const stored = await storedEverywhere(page);
  expect(await page.evaluate(() => Object.values(sessionStorage).join(' '))).toContain(TOKEN);
  expect(await page.evaluate(() => Object.values(localStorage).join(' '))).not.toContain(TOKEN);
  expect(stored.split(TOKEN).length - 1).toBe(1);

  await tryIt.panel.getByRole('button', { name: 'Forget token' }).click();
  await expect(tryIt.panel.getByLabel('Bearer token')).toHaveValue('');
  expect(await storedEverywhere(page)).not.toContain(TOKEN);
});

test("the reader's token is never sent to the mock", async ({ page }) => {
  const tryIt = new TryItPage(page);
  await tryIt.openOnApp(
    model.operations.find((candidate) => candidate.id === 'getHealth')!,
    'http://127.0.0.1:18432/api/v1',
    TOKEN,
  );
  await tryIt.panel.getByRole('radio', { name: 'Mock in this page' }).check();
  await tryIt.send();
  await expect(tryIt.statusLine).toHaveText(/^200\b/);
  expect(await tryIt.snippet('bash')).not.toContain(TOKEN);
  await expect(tryIt.panel.getByLabel('Sandbox token')).not.toHaveValue(TOKEN);
});

test('the open panel with a response has no accessibility violations, in both themes', async ({
  page,
}) => {
  for (const theme of ['light', 'dark'] as const) {
    await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
    const tryIt = new TryItPage(page);
    await tryIt.openAt(
      model.operations.find((candidate) => candidate.id === 'replaceSessionTags')!,
    );
    await tryIt.send();
    await expect(tryIt.statusLine).toHaveText(/^200\b/);
    expect(await axeViolations(page, { within: 'sd-try-it', label: theme })).toEqual([]);
  }
});
