/**
 * The bash sample of the panel, copied as it stands after a request in Mock mode and run in a
 * real shell against the sandbox (same starting state, documented port 18432), gets the same
 * status and body as the panel showed. One request per operation.
 */
import { expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { startSandbox, type TestSandbox } from '../support/start-sandbox.ts';
import { TryItPage } from './support/try-it-page.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

const model = await loadContractModel();
const documentedPort = Number(new URL(model.servers[0]?.url ?? '').port);
/** Fields that differ between two runs by design: clocks, durations and the request log. */
const VOLATILE = new Set([
  'at',
  'createdAt',
  'updatedAt',
  'lastOpened',
  'durationMs',
  'requestCount',
  'recentRequests',
  'lastError',
]);

function normalize(text: string): unknown {
  return JSON.parse(text, (key, value) => (VOLATILE.has(key) ? '<varies>' : value));
}

test.describe.configure({ mode: 'serial' });
let sandbox: TestSandbox;
test.beforeAll(async () => {
  sandbox = await startSandbox({ port: documentedPort });
});
test.afterAll(async () => sandbox.stop());

for (const operation of model.operations) {
  test(`${operation.id}: the copied curl gets what the panel got`, async ({ page }) => {
    const tryIt = new TryItPage(page);
    await tryIt.openAt(operation);
    await tryIt.send();
    const panelStatus = (await tryIt.statusLine.textContent())?.split(' ')[0];
    const panelBody = normalize((await tryIt.body.textContent()) ?? '');
    const command = await tryIt.snippet('bash');
    await fetch(`${sandbox.origin}/_sandbox/reset`, { method: 'POST' });
    // The sample is run exactly as shown; a wrapper only adds the status after the body.
    // Asynchronously: the sandbox answers from this same process.
    const { stdout: output } = await promisify(execFile)(
      'bash',
      ['-c', `curl() { command curl -sS -w '\\n%{http_code}' "$@"; }\n${command}`],
      {
        env: { ...process.env, SESSIONDOCK_TOKEN: sandbox.token },
        encoding: 'utf8',
        timeout: 15_000,
      },
    );
    const lines = output.trimEnd().split('\n');
    const status = lines.pop();
    expect(status).toBe(panelStatus);
    expect(normalize(lines.join('\n'))).toEqual(panelBody);
  });
}
