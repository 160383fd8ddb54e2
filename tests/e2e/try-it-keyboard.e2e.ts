/**
 * The panel by keyboard: Ctrl+Enter sends from any field (mock and the reader's app), Escape
 * cancels a request in flight, both keys shown beside their buttons; and the response's size
 * beside its time, with a Copy of the body exactly as it came.
 */
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { loadContractModel } from '../support/load-contract-model.ts';
import { formatSize } from '../../src/components/try-it/format-size.ts';
import { startSandbox } from '../support/start-sandbox.ts';
import { TryItPage } from './support/try-it-page.ts';

const model = await loadContractModel();
const operation = (id: string) => model.operations.find((candidate) => candidate.id === id)!;

test('Ctrl+Enter sends from a parameter field, and the body is copied as it came, its size shown', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const tryIt = new TryItPage(page);
  await tryIt.openAt(operation('listSessions'));
  await expect(tryIt.sendButton).toHaveAttribute('aria-keyshortcuts', 'Control+Enter');
  await expect(tryIt.panel.locator('[data-send-keys]')).toHaveText('Ctrl+Enter');
  await tryIt.panel.getByLabel(/^limit\b/).fill('2');
  await tryIt.panel.getByLabel(/^limit\b/).press('Control+Enter');
  await expect(tryIt.statusLine).toHaveText(/^200\b/);
  await tryIt.panel.getByRole('button', { name: 'Copy the body' }).click();
  await expect(tryIt.panel.locator('[data-copy-body-status]')).toHaveText(/^Copied the body/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect((JSON.parse(copied) as { data: unknown[] }).data).toHaveLength(2);
  await expect(tryIt.panel.locator('[data-size]')).toHaveText(
    `· ${formatSize(Buffer.byteLength(copied))}`,
  );
});

test("Ctrl+Enter sends to the reader's app too", async ({ page, baseURL }) => {
  const sandbox = await startSandbox({ allowedOrigins: [new URL(baseURL ?? '').origin] });
  try {
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('getHealth'), sandbox.baseUrl, sandbox.token);
    await tryIt.panel.getByLabel('Bearer token').press('Control+Enter');
    await expect(tryIt.statusLine).toHaveText(/^200\b/);
    await expect(tryIt.answeredBy).toHaveText(`Answered by your SessionDock at ${sandbox.baseUrl}`);
  } finally {
    await sandbox.stop();
  }
});

test('Escape cancels a request in flight, and the panel sends again afterwards', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const hanging: Server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    if (request.method === 'OPTIONS') response.writeHead(204).end();
  });
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  const port = (hanging.address() as { port: number }).port;
  try {
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('getHealth'), `http://127.0.0.1:${port}/api/v1`, 'any-token');
    await expect(tryIt.panel.getByRole('button', { name: 'Cancel' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Escape',
    );
    await tryIt.panel.getByLabel('Base URL').press('Control+Enter');
    await expect(tryIt.status).toHaveText('Sending…');
    await page.keyboard.press('Escape');
    await expect(tryIt.diagnosis).toContainText('Request cancelled');
    await tryIt.panel.getByRole('radio', { name: 'Mock in this page' }).check();
    await page.keyboard.press('Control+Enter');
    await expect(tryIt.statusLine).toHaveText(/^200\b/);
  } finally {
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
  }
});
