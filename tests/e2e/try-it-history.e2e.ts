/**
 * The history of this tab: every request from every panel (mock and the reader's app) with
 * method, path, status, who answered, when and how long; open an entry in its panel (inputs
 * restored, nothing sent), copy it as curl (token as $SESSIONDOCK_TOKEN), delete it, clear all;
 * the last 25 only; never the token, never a body over 64 KB. The same on its own page. axe
 * clean with the history open and a contract difference shown, and all of it by keyboard.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { loadContractModel } from '../support/load-contract-model.ts';
import { startSandbox } from '../support/start-sandbox.ts';
import { storedInBrowser } from './support/stored-in-browser.ts';
import { TryItPage } from './support/try-it-page.ts';
import { axeViolations } from './support/axe-violations.ts';

const model = await loadContractModel();
const operation = (id: string) => model.operations.find((candidate) => candidate.id === id)!;
const TOKEN = 'sd_live_41f8-history-secret';

/** Presses Tab until `target` has the focus (at most `limit` times); fails when it never does. */
async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    if (await target.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** An app whose sessions list drifted from the docs and is over 64 KB. */
async function startLargeDriftedApp(
  allowedOrigin: string,
): Promise<{ baseUrl: string; bodyBytes: number; stop(): Promise<void> }> {
  const documented = operation('listSessions').responses.find(
    (response) => response.status === '200',
  )!.content[0]!.examples[0]!.value as { data: Array<Record<string, unknown>> };
  const body = structuredClone(documented);
  body.data[0]!.title = 42;
  body.data[0]!.waveformCache = 'w'.repeat(70_000);
  const server: Server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', allowedOrigin);
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}/api/v1`,
    bodyBytes: Buffer.byteLength(JSON.stringify(body)),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test("requests from the mock and the reader's app are listed, reopened, copied as curl and deleted, never with the token", async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const sandbox = await startSandbox({ allowedOrigins: [new URL(baseURL ?? '').origin] });
  try {
    const tryIt = new TryItPage(page);
    await tryIt.openAt(operation('listSessions'));
    await tryIt.panel.getByLabel(/^q\b/).fill('Midnight');
    await tryIt.send();
    await expect(tryIt.statusLine).toHaveText(/^200\b/);
    await tryIt.openOnApp(operation('getSession'), sandbox.baseUrl, TOKEN);
    await tryIt.panel.getByLabel('Remember it in this tab').check();
    await tryIt.send();
    await expect(tryIt.statusLine).toHaveText(/^(200|401)\b/);

    const history = tryIt.panel.locator('[data-history-box]');
    await history.locator('summary').click();
    await expect(history.locator('summary')).toHaveText('History of this tab (2)');
    const entries = history.getByRole('listitem');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toContainText(
      `GET /sessions/${operation('getSession').parameters.find((parameter) => parameter.in === 'path')!.example as string}`,
    );
    await expect(entries.nth(0)).toContainText('Your SessionDock');
    await expect(entries.nth(1)).toContainText('GET /sessions?q=Midnight 200 OK');
    await expect(entries.nth(1)).toContainText(/Mock in the page · .+ · \d+ ms/);

    await entries.nth(0).getByRole('button', { name: 'Copy as curl' }).click();
    await expect(entries.nth(0).getByRole('status')).toHaveText(/^Copied/);
    const curl = await page.evaluate(() => navigator.clipboard.readText());
    expect(curl).toContain(`curl ${sandbox.baseUrl}/sessions/`);
    expect(curl).toContain('$SESSIONDOCK_TOKEN');
    expect(curl).not.toContain(TOKEN);

    // The remembered token is the one thing in storage that holds it, and only under its own key.
    const kept = await storedInBrowser(page);
    expect(kept.split(TOKEN).length - 1).toBe(1);
    expect(
      await page.evaluate(() => sessionStorage.getItem('sessiondock-docs:history')),
    ).not.toContain(TOKEN);
    const openLinks = await history
      .getByRole('link', { name: 'Open in its panel' })
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(openLinks.join(' ')).not.toContain(TOKEN);

    await entries.nth(0).getByRole('button', { name: 'Delete' }).click();
    await expect(entries).toHaveCount(1);
    await expect(history.locator('summary')).toHaveText('History of this tab (1)');

    // Reopened in its own panel: inputs back, nothing sent.
    await history.getByRole('link', { name: 'Open in its panel' }).click();
    await expect(tryIt.panel.locator('[data-notice]')).toContainText('Filled from your history');
    await expect(tryIt.panel.getByLabel(/^q\b/)).toHaveValue('Midnight');
    await expect(tryIt.panel.locator('[data-response]')).toBeHidden();

    await tryIt.panel.locator('[data-history-box] summary').click();
    await tryIt.panel.getByRole('button', { name: 'Clear history' }).click();
    await expect(tryIt.panel.locator('[data-history-box] summary')).toHaveText(
      'History of this tab (0)',
    );
    await expect(tryIt.panel.locator('[data-history-empty]')).toBeVisible();
  } finally {
    await sandbox.stop();
  }
});

test('only the last 25 requests are kept', async ({ page }) => {
  const tryIt = new TryItPage(page);
  await tryIt.openAt(operation('getHealth'));
  for (let sent = 1; sent <= 26; sent += 1) {
    await tryIt.send();
    await expect(tryIt.panel.locator('[data-history-box] summary')).toHaveText(
      `History of this tab (${Math.min(sent, 25)})`,
    );
  }
  expect(
    await page.evaluate(
      () =>
        (JSON.parse(sessionStorage.getItem('sessiondock-docs:history') ?? '[]') as unknown[])
          .length,
    ),
  ).toBe(25);
});

test('the history page lists the requests with their kept bodies, not one over 64 KB; axe clean, with a difference shown; all by keyboard', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const app = await startLargeDriftedApp(new URL(baseURL ?? '').origin);
  try {
    const tryIt = new TryItPage(page);
    await tryIt.openAt(operation('getHealth'));
    await tryIt.send();
    await tryIt.openOnApp(operation('listSessions'), app.baseUrl, TOKEN);
    await tryIt.send();
    await expect(tryIt.panel.locator('[data-contract-check]')).toHaveAttribute(
      'data-tone',
      'danger',
    );
    await tryIt.panel.locator('[data-history-box] summary').click();
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(
        (value) => document.documentElement.setAttribute('data-theme', value),
        theme,
      );
      expect(await axeViolations(page, { within: 'sd-try-it', label: theme })).toEqual([]);
    }

    await tryIt.panel.getByRole('link', { name: 'Open the history page' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request history');
    const entries = page.locator('[data-history-page]').getByRole('listitem');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toContainText('GET /sessions 200 OK');
    await expect(entries.nth(0)).toContainText(
      `Response body: Not kept: ${Math.round(app.bodyBytes / 1024)} KB is over the 64 KB the history keeps.`,
    );
    await expect(entries.nth(1)).toContainText('GET /health 200 OK');
    await entries.nth(1).getByText('Response body').click();
    await expect(entries.nth(1).locator('pre')).toContainText('"effectiveMode"');
    expect(
      await page.evaluate(() => sessionStorage.getItem('sessiondock-docs:history') ?? ''),
    ).not.toContain('w'.repeat(1000));
    expect(await axeViolations(page, { within: 'main' })).toEqual([]);

    // By keyboard: reach the health entry's link and open it in its panel.
    const open = entries.nth(1).getByRole('link', { name: 'Open in its panel' });
    await page.locator('body').focus();
    await tabTo(page, open);
    await page.keyboard.press('Enter');
    await expect(tryIt.panel.locator('[data-notice]')).toContainText('Filled from your history');
    await expect(page).toHaveURL(/gethealth\/$/);
    // And within the panel: the history box, Clear history, by Tab and Enter.
    const summary = tryIt.panel.locator('[data-history-box] summary');
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    const clear = tryIt.panel.getByRole('button', { name: 'Clear history' });
    await tabTo(page, clear);
    await page.keyboard.press('Enter');
    await expect(summary).toHaveText('History of this tab (0)');
  } finally {
    await app.stop();
  }
});
