/**
 * The try-it panel talking to "My SessionDock": a sandbox started by the test stands in for the
 * reader's app. Success, 401, 403 and 404 with the label saying who answered; then every way it
 * can fail without a response (nothing listening, origin refused, a server that hangs, a denied
 * Local Network Access permission), each with its own message, never a bare "Failed to fetch".
 */
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { startSandbox, type TestSandbox } from '../support/start-sandbox.ts';
import { TryItPage } from './support/try-it-page.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

const model = await loadContractModel();
const operation = (id: string) => model.operations.find((candidate) => candidate.id === id)!;

/** The base URL of an app that has just stopped: a loopback port where nothing listens. */
async function stoppedAppBaseUrl(): Promise<string> {
  const sandbox = await startSandbox();
  await sandbox.stop();
  return sandbox.baseUrl;
}

test.describe('against a running sandbox', () => {
  let sandbox: TestSandbox;
  test.beforeEach(async ({ baseURL }) => {
    sandbox = await startSandbox({ allowedOrigins: [new URL(baseURL ?? '').origin] });
  });
  test.afterEach(async () => sandbox.stop());

  test("a request succeeds and the label names the reader's app", async ({ page }) => {
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('getHealth'), sandbox.baseUrl, sandbox.token);
    await tryIt.send();
    await expect(tryIt.statusLine).toHaveText(/^200\b/);
    await expect(tryIt.answeredBy).toHaveText(`Answered by your SessionDock at ${sandbox.baseUrl}`);
    await expect(tryIt.body).toContainText('"effectiveMode": "full-automation"');
  });

  test('a wrong token gets the 401 with what to do about it', async ({ page }) => {
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('listSessions'), sandbox.baseUrl, 'an-old-token');
    await tryIt.send();
    await expect(tryIt.statusLine).toHaveText(/^401\b/);
    await expect(tryIt.diagnosis).toContainText('unauthorized');
    await expect(tryIt.diagnosis).toContainText(/regenerat/);
  });

  test('a write to a read-only app gets the 403 that points at Full Automation and effectiveMode', async ({
    page,
  }) => {
    await fetch(`${sandbox.origin}/_sandbox/flags`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ configuredMode: 'read-only', effectiveMode: 'read-only' }),
    });
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('patchSessionNotes'), sandbox.baseUrl, sandbox.token);
    await tryIt.send();
    await expect(tryIt.statusLine).toHaveText(/^403\b/);
    await expect(tryIt.diagnosis).toContainText('Full Automation');
    await expect(tryIt.diagnosis).toContainText('effectiveMode');
  });

  test('an unknown session gets the 404', async ({ page }) => {
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('getSession'), sandbox.baseUrl, sandbox.token);
    await tryIt.panel.getByLabel(/^id\b/).fill('session_gone');
    await tryIt.send();
    await expect(tryIt.statusLine).toHaveText(/^404\b/);
    await expect(tryIt.diagnosis).toContainText('not_found');
  });

  test('Check connection shows the configured and effective modes', async ({ page }) => {
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('listTags'), sandbox.baseUrl, sandbox.token);
    await tryIt.panel.getByRole('button', { name: 'Check connection' }).click();
    await expect(tryIt.statusLine).toHaveText(/^200\b/);
    await expect(tryIt.body).toContainText('"configuredMode"');
    await expect(tryIt.body).toContainText('"effectiveMode"');
  });
});

test('a stopped app is reported as not reachable, with what to check', async ({ page }) => {
  const baseUrl = await stoppedAppBaseUrl();
  const tryIt = new TryItPage(page);
  await tryIt.openOnApp(operation('getHealth'), baseUrl, 'any-token');
  await tryIt.send();
  await expect(tryIt.diagnosis).toContainText(`SessionDock did not answer at ${baseUrl}`);
  await expect(tryIt.diagnosis).toContainText('Is the Local API enabled');
  await expect(tryIt.panel).not.toContainText('Failed to fetch');
});

test("an app that refuses this site's origin is reported as a CORS refusal", async ({ page }) => {
  const sandbox = await startSandbox({ allowedOrigins: ['https://somewhere-else.example'] });
  try {
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('getHealth'), sandbox.baseUrl, sandbox.token);
    await tryIt.send();
    await expect(tryIt.diagnosis).toContainText(
      'SessionDock answered, but does not allow this site',
    );
    await expect(tryIt.diagnosis).toContainText('--allow-origin');
  } finally {
    await sandbox.stop();
  }
});

test('a hanging app times out, Cancel stops a request, and the panel works afterwards', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(45_000);
  const origin = new URL(baseURL ?? '').origin;
  const hanging: Server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', origin);
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    if (request.method === 'OPTIONS') response.writeHead(204).end();
    // Anything else is never answered.
  });
  await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  const port = (hanging.address() as { port: number }).port;
  try {
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('getHealth'), `http://127.0.0.1:${port}/api/v1`, 'any-token');
    await tryIt.send();
    await expect(tryIt.diagnosis).toContainText('No answer within 10 seconds');
    await tryIt.sendButton.click();
    await tryIt.panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(tryIt.diagnosis).toContainText('Request cancelled');
    await tryIt.panel.getByRole('radio', { name: 'Mock in this page' }).check();
    await tryIt.send();
    await expect(tryIt.statusLine).toHaveText(/^200\b/);
  } finally {
    hanging.closeAllConnections();
    await new Promise((resolve) => hanging.close(resolve));
  }
});

test('a denied Local Network Access permission gets its own message with how to re-enable it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const query = navigator.permissions.query.bind(navigator.permissions);
    navigator.permissions.query = (descriptor: PermissionDescriptor) =>
      descriptor.name === ('loopback-network' as PermissionName)
        ? Promise.resolve({
            state: 'denied',
            name: 'loopback-network',
            onchange: null,
          } as unknown as PermissionStatus)
        : query(descriptor);
  });
  const baseUrl = await stoppedAppBaseUrl();
  const tryIt = new TryItPage(page);
  await tryIt.openOnApp(operation('getHealth'), baseUrl, 'any-token');
  await tryIt.send();
  await expect(tryIt.diagnosis).toContainText('Your browser blocked access to apps on this device');
  await expect(tryIt.diagnosis).toContainText('Allow');
});
