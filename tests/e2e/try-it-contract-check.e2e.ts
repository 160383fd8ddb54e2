/**
 * The contract check under every answer: the mock's and the sandbox's answers match; an app
 * that has drifted from the docs (a small server answering the documented example with a field
 * of another type and a field the contract does not describe, or an undocumented status) gets
 * each difference named with its path, what the contract says and what came back. Under the
 * site's CSP (the pages' meta policy), with no violation.
 */
import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { loadContractModel } from '../support/load-contract-model.ts';
import { startSandbox } from '../support/start-sandbox.ts';
import { TryItPage } from './support/try-it-page.ts';
import { watchPage } from './support/watch-page.ts';
import { axeViolations } from './support/axe-violations.ts';

const model = await loadContractModel();
const operation = (id: string) => model.operations.find((candidate) => candidate.id === id)!;

interface SessionList {
  data: Array<{ title: unknown; previews: Array<Record<string, unknown>> }>;
}

/** The documented 200 of listSessions, changed as a newer app might answer it. */
function driftedList(): SessionList {
  const documented = operation('listSessions').responses.find(
    (response) => response.status === '200',
  )!.content[0]!.examples[0]!.value;
  const body = structuredClone(documented) as SessionList;
  body.data[0]!.title = 42;
  body.data[0]!.previews[0]!.codec = 'opus';
  return body;
}

/** An app on loopback that answers like SessionDock, but not quite as documented. */
async function startDriftedApp(
  allowedOrigin: string,
): Promise<{ baseUrl: string; stop(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    response.setHeader('Access-Control-Allow-Origin', allowedOrigin);
    response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    if (request.url?.startsWith('/api/v1/sessions'))
      return void response
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify(driftedList()));
    response
      .writeHead(418, { 'Content-Type': 'application/json' })
      .end(JSON.stringify({ error: { status: 418, code: 'teapot', message: 'Not today.' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const contractCheck = (tryIt: TryItPage) => tryIt.panel.locator('[data-contract-check]');

test("the mock's answer and the sandbox's answer are said to match the contract", async ({
  page,
  baseURL,
}) => {
  const tryIt = new TryItPage(page);
  await tryIt.openAt(operation('listSessions'));
  await tryIt.send();
  await expect(contractCheck(tryIt)).toHaveText(
    'Matches the contract: 200 is documented and the body is valid against its schema.',
  );
  const sandbox = await startSandbox({ allowedOrigins: [new URL(baseURL ?? '').origin] });
  try {
    await tryIt.chooseApp(sandbox.baseUrl, sandbox.token);
    await tryIt.send();
    await expect(tryIt.answeredBy).toHaveText(`Answered by your SessionDock at ${sandbox.baseUrl}`);
    await expect(contractCheck(tryIt)).toHaveText(/^Matches the contract: 200 is documented/);
  } finally {
    await sandbox.stop();
  }
});

test("an app that drifted from the docs gets each difference with its path, the contract's word and what came", async ({
  page,
  baseURL,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const siteOrigin = new URL(baseURL ?? '').origin;
  const app = await startDriftedApp(siteOrigin);
  const watch = await watchPage(page, siteOrigin, { allowOrigins: [new URL(app.baseUrl).origin] });
  try {
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('listSessions'), app.baseUrl, 'any-token');
    await tryIt.send();
    const check = contractCheck(tryIt);
    await expect(check).toHaveAttribute('data-tone', 'danger');
    await expect(check.locator('p').first()).toHaveText(
      'Does not match the contract: 1 difference from the documented 200, and 1 field it does not describe.',
    );
    await expect(check.getByRole('listitem')).toHaveText([
      'data[0].title should be a string, got an integer (42).',
      'data[0].previews[0] has a field codec the contract does not describe (a string ("opus")).',
    ]);
    await expect(check.getByRole('link', { name: 'See the documented 200' })).toHaveAttribute(
      'href',
      '#response-200',
    );
    await check.getByRole('button', { name: 'Copy a report of the differences' }).click();
    await expect(check.getByRole('status')).toHaveText(/^Report copied/);
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('GET /sessions (listSessions) answered 200.');
    expect(report).toContain('- `data[0].title` should be a string, got an integer (42).');
    expect(report).not.toContain('any-token');

    expect(await axeViolations(page, { within: 'sd-try-it' })).toEqual([]);

    const health = new TryItPage(page);
    await health.openOnApp(operation('getHealth'), app.baseUrl, 'any-token');
    await health.send();
    await expect(health.statusLine).toHaveText(/^418\b/);
    await expect(contractCheck(health)).toHaveText(
      new RegExp(
        `^Not in the contract: this operation documents no 418 response \\(it documents ${operation(
          'getHealth',
        )
          .responses.map((response) => response.status)
          .join(', ')}\\)`,
      ),
    );
    expect(watch.cspViolations).toEqual([]);
  } finally {
    await app.stop();
  }
});
