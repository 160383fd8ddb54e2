/**
 * "Copy link to this request": the link carries the parameters and the body, never the token,
 * the base URL or the target. Opened in a fresh browser context it fills the panel, says so,
 * selects the mock and sends nothing (no request to the mock, none to loopback). Values the
 * operation no longer has are named and dropped; a link over about 8 kB is refused.
 */
import { expect, test, type Page } from '@playwright/test';
import { loadContractModel } from '../support/load-contract-model.ts';
import { MOCK_STATE_KEY } from '../../mocks/handlers/create-browser-mock.ts';
import { TryItPage } from './support/try-it-page.ts';

const model = await loadContractModel();
const operation = (id: string) => model.operations.find((candidate) => candidate.id === id)!;
const TOKEN = 'sd_live_7c2a-share-secret';
const APP_BASE = 'http://127.0.0.1:18999/api/v1';

/** Requests the page makes to loopback apps (any port but the site's own) and to the in-page mock. */
async function countSent(
  page: Page,
  siteOrigin: string,
  loopback: string[],
): Promise<{ loopback: number; mock: number }> {
  const mockCount = await page.evaluate(
    (key) =>
      (JSON.parse(sessionStorage.getItem(key) ?? 'null') as { requests?: { count: number } } | null)
        ?.requests?.count ?? 0,
    MOCK_STATE_KEY,
  );
  return {
    loopback: loopback.filter((url) => new URL(url).origin !== siteOrigin).length,
    mock: mockCount,
  };
}

test('a copied link fills the panel in a fresh context, selects the mock and sends nothing', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const tags = operation('replaceSessionTags');
  const tryIt = new TryItPage(page);
  await tryIt.openAt(tags);
  await tryIt.panel.getByLabel(/^id\b/).fill('session_124');
  const body = '{\n  "tags": ["client", "mix — v2"]\n}';
  await tryIt.panel.getByLabel(/Request body/).fill(body);
  await tryIt.chooseApp(APP_BASE, TOKEN);
  await tryIt.panel.getByRole('button', { name: 'Copy link to this request' }).click();
  await expect(tryIt.panel.locator('[data-copy-status]')).toHaveText(/^Link copied/);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).not.toContain(TOKEN);
  expect(link).not.toContain('18999');
  expect(decodeURIComponent(link)).not.toMatch(/target|baseUrl|token/i);
  expect(new URL(link).pathname).toBe(new URL(page.url()).pathname);

  const fresh = await browser.newContext();
  try {
    const reader = await fresh.newPage();
    const siteOrigin = new URL(baseURL ?? '').origin;
    const loopback: string[] = [];
    reader.on('request', (request) => {
      if (/^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])/.test(request.url()))
        loopback.push(request.url());
    });
    await reader.goto(link);
    const shared = new TryItPage(reader);
    await expect(shared.panel.locator('[data-notice]')).toContainText('Filled from a shared link');
    await expect(shared.panel.getByLabel(/^id\b/)).toHaveValue('session_124');
    await expect(shared.panel.getByLabel(/Request body/)).toHaveValue(body);
    await expect(shared.panel.getByRole('radio', { name: 'Mock in this page' })).toBeChecked();
    await expect(shared.sendButton).toBeEnabled();
    await reader.waitForTimeout(500);
    expect(await countSent(reader, siteOrigin, loopback)).toEqual({ loopback: 0, mock: 0 });
    await expect(shared.panel.locator('[data-response]')).toBeHidden();
    // The same count sees a request once one is sent (the mock saves its state after the paint).
    await shared.send();
    await expect(shared.statusLine).toHaveText(/^200\b/);
    await expect.poll(async () => (await countSent(reader, siteOrigin, loopback)).mock).toBe(1);
  } finally {
    await fresh.close();
  }
});

test('values the operation no longer has, and names a link may not set, are named and dropped', async ({
  page,
}) => {
  const list = operation('listSessions');
  const tryIt = new TryItPage(page);
  await tryIt.openAt(list);
  // Typed before the link is opened: the link is the whole request, so this does not stay.
  await tryIt.panel.getByLabel(/^limit\b/).fill('7');
  await page.goto(
    `${page.url()}#try?query.q=drums&query.colour=blue&query.sort=loudest&token=${TOKEN}&baseUrl=${encodeURIComponent(APP_BASE)}&target=app`,
  );
  const notice = tryIt.panel.locator('[data-notice]');
  await expect(notice).toContainText('Filled from a shared link');
  await expect(notice).toContainText('`colour` (no longer a parameter of this operation)');
  await expect(notice).toContainText('`sort` = "loudest" (no longer one of its choices)');
  await expect(notice).toContainText('Not used: `token`, `baseUrl`, `target`');
  await expect(tryIt.panel.getByLabel(/^q\b/)).toHaveValue('drums');
  await expect(tryIt.panel.getByLabel(/^limit\b/)).toHaveValue('');
  await expect(tryIt.panel.getByRole('radio', { name: 'Mock in this page' })).toBeChecked();
  // The fragment is gone once used: a reload keeps the inputs for the visit instead of refilling.
  expect(page.url()).not.toContain('#try');
  await expect(tryIt.panel.getByLabel('Bearer token')).toHaveValue('');
  expect(await page.evaluate(() => JSON.stringify(Object.entries(sessionStorage)))).not.toContain(
    TOKEN,
  );
});

test('a link over about 8 kB is refused when copied and when opened', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const notes = operation('replaceSessionNotes');
  const tryIt = new TryItPage(page);
  await tryIt.openAt(notes);
  await tryIt.panel.getByLabel(/Request body/).fill(JSON.stringify({ notes: 'n'.repeat(9000) }));
  await tryIt.panel.getByRole('button', { name: 'Copy link to this request' }).click();
  await expect(tryIt.panel.locator('[data-copy-status]')).toContainText('too large for a link');
  const before = tryIt.panel.getByLabel(/Request body/);
  await page.goto(`${page.url().split('#')[0]}#try?body=${'x'.repeat(9000)}`);
  await expect(tryIt.panel.locator('[data-notice]')).toContainText('This link is too long to use');
  await expect(before).not.toHaveValue(/x{100}/);
});
