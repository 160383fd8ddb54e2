/**
 * The conformance run against the sandbox in every simulated state: it passes, the safe run
 * leaves the library as it was, and --allow-writes writes only to its own scratch session.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { siteConfig } from '../../site.config.ts';
import { toFailureName, toServiceName } from '../../mocks/app/mock-flags.ts';
import { toFailureOptions } from '../../mocks/node/failure-options.ts';
import { listFailureCodes, listServiceCodes } from '../../mocks/selection/service-codes.ts';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';
import { runConformance, type ConformanceReport } from '../../tools/conformance/run-conformance.ts';
import { SetupError } from '../../tools/conformance/setup-error.ts';
import { UNKNOWN_ID } from '../../tools/conformance/plan-read-checks.ts';
import { startSandbox, type TestSandbox } from '../support/start-sandbox.ts';

const model = await loadContract(
  readFileSync(siteConfig.contractPath, 'utf8'),
  siteConfig.contractPath,
  { validate: false },
);

/** Every state the sandbox can simulate, as its command-line flags, and whether it grants writes. */
const STATES: Array<[string, { flags: string[]; writes: boolean }]> = [
  ['default (full automation)', { flags: [], writes: true }],
  ['read-only', { flags: ['--read-only'], writes: false }],
  [
    'downgraded (configured full automation, effective read-only)',
    { flags: ['--effective-mode', 'read-only'], writes: false },
  ],
  // One state per service and per action failure the contract documents.
  ...listServiceCodes(model)
    .map(toServiceName)
    .map((name): [string, { flags: string[]; writes: boolean }] => [
      `${name} unavailable`,
      { flags: ['--unavailable', name], writes: true },
    ]),
  ...toFailureOptions(listFailureCodes(model)).map(
    ({ code, option }): [string, { flags: string[]; writes: boolean }] => [
      `${toFailureName(code)} fails`,
      { flags: [`--${option}`], writes: true },
    ],
  ),
];

interface Sent {
  method: string;
  path: string;
}

async function run(
  sandbox: TestSandbox,
  allowWrites: boolean,
): Promise<{ report: ConformanceReport; sent: Sent[] }> {
  const sent: Sent[] = [];
  const report = await runConformance({
    baseUrl: sandbox.baseUrl,
    token: sandbox.token,
    model: sandbox.model,
    allowWrites,
    fetch: (input, init) => {
      sent.push({ method: init?.method ?? 'GET', path: new URL(input).pathname });
      return fetch(input, init);
    },
  });
  return { report, sent };
}

function library(sandbox: TestSandbox): string {
  const { sessions, waveformLanes } = sandbox.store.read();
  return JSON.stringify({ sessions, waveformLanes });
}

function failures(report: ConformanceReport): string {
  return JSON.stringify(
    report.checks.filter((check) => check.outcome === 'fail'),
    null,
    2,
  );
}

for (const [name, { flags, writes }] of STATES) {
  describe(`sandbox state: ${name}`, () => {
    it('passes the safe checks and leaves the library as it was', async () => {
      const sandbox = await startSandbox({ flags });
      try {
        const before = library(sandbox);
        const { report, sent } = await run(sandbox, false);
        assert.equal(report.summary.failed, 0, failures(report));
        assert.equal(library(sandbox), before);
        const writesSent = sent.filter((request) => request.method !== 'GET');
        assert.ok(
          writesSent.every(
            (request) => request.path.includes(UNKNOWN_ID) || !request.path.includes('/sessions/'),
          ),
          'a safe write named a real session',
        );
        const checked = new Set(report.checks.map((check) => check.operation));
        const unchecked = sandbox.model.operations
          .filter((operation) => operation.method === 'get' || operation.requestBody)
          .filter((operation) => !checked.has(operation.id));
        assert.deepEqual(
          unchecked.map((operation) => operation.id),
          [],
        );
      } finally {
        await sandbox.stop();
      }
    });

    it(
      writes
        ? 'passes with --allow-writes, writing only to its scratch session, which it deletes'
        : 'refuses --allow-writes, saying the effective mode is read-only',
      async () => {
        const sandbox = await startSandbox({ flags });
        try {
          const before = library(sandbox);
          if (!writes) {
            await assert.rejects(
              run(sandbox, true),
              (error: unknown) =>
                error instanceof SetupError &&
                /effectiveMode read-only/.test(error.message) &&
                /nothing was written/.test(error.message),
            );
            assert.equal(sandbox.store.read().requests.count, 1, 'only GET /health was sent');
            return;
          }
          const { report, sent } = await run(sandbox, true);
          assert.equal(report.summary.failed, 0, failures(report));
          assert.equal(library(sandbox), before, "the reader's library changed");
          const scratch = report.checks.find((check) => check.purpose === 'create scratch session');
          assert.equal(scratch?.outcome, 'pass');
          const scratchId = /\/sessions\/([^/ ]+)/.exec(
            report.checks.find((check) => check.purpose === 'delete scratch session')?.sent ?? '',
          )?.[1];
          assert.ok(
            scratchId && !before.includes(`"id":"${scratchId}"`),
            'the scratch session is a new one',
          );
          const targets = sent
            .filter((request) => request.method !== 'GET' && request.path.includes('/sessions/'))
            .map((request) => request.path.split('/')[4]);
          assert.deepEqual(
            [...new Set(targets)].filter((id) => id !== scratchId && id !== UNKNOWN_ID),
            [],
          );
        } finally {
          await sandbox.stop();
        }
      },
    );
  });
}
