/**
 * `npm run conformance` as a maintainer meets it: the exit code, the report lines, the JSON
 * report, and a clear message when the run cannot start.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ApiModel } from '../../src/lib/openapi/model.ts';
import {
  loadModel,
  runConformanceCommand,
} from '../../tools/conformance/run-conformance-command.ts';
import {
  startDriftedSandbox,
  type DriftedSandbox,
} from '../fixtures/conformance/drifted-sandbox.ts';
import { startSandbox, type TestSandbox } from '../support/start-sandbox.ts';
import { contractPath } from '../support/load-contract-model.ts';

const folder = mkdtempSync(join(tmpdir(), 'conformance-'));
let sandbox: TestSandbox;
let readOnly: TestSandbox;
let drifted: DriftedSandbox;
let closedPort: number;

before(async () => {
  [sandbox, readOnly, drifted] = await Promise.all([
    startSandbox(),
    startSandbox({ flags: ['--read-only'] }),
    startDriftedSandbox(),
  ]);
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  closedPort = (blocker.address() as { port: number }).port;
  await new Promise<void>((resolve) => blocker.close(() => resolve()));
});
after(() => Promise.all([sandbox.stop(), readOnly.stop(), drifted.stop()]));

const models = new Map<string, Promise<ApiModel>>();
/** Loads each contract once for the whole file (loading validates it, about a second). */
function cachedModel(path: string): Promise<ApiModel> {
  if (!models.has(path)) models.set(path, loadModel(path));
  return models.get(path)!;
}

async function command(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runConformanceCommand({
    argv,
    env,
    defaultContract: contractPath,
    fetch: (input, init) => fetch(input, init),
    loadModel: cachedModel,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

describe('the run cannot start', () => {
  /** [situation, arguments (a function: the servers start first), environment, the message it must print]. */
  const CASES: Array<[string, () => string[], Record<string, string>, RegExp[]]> = [
    [
      'the app is not reachable',
      () => ['--base-url', `http://127.0.0.1:${closedPort}/api/v1`],
      { SESSIONDOCK_TOKEN: 'x' },
      [
        /cannot reach SessionDock .* \(connection refused\)/,
        /Is SessionDock running/,
        /Local API enabled/,
        /listen on port \d+\?/,
      ],
    ],
    [
      'the token is wrong',
      () => ['--base-url', sandbox.baseUrl, '--token', 'not-the-token'],
      {},
      [
        /the token was refused: GET .*\/health answered 401 unauthorized/,
        /SESSIONDOCK_TOKEN or pass --token/,
      ],
    ],
    [
      'no token is given',
      () => ['--base-url', sandbox.baseUrl],
      {},
      [/no token: set SESSIONDOCK_TOKEN/],
    ],
    [
      'writes are asked for in read-only mode',
      () => ['--base-url', readOnly.baseUrl, '--allow-writes'],
      { SESSIONDOCK_TOKEN: 'sessiondock-sandbox-token' },
      [
        /--allow-writes refused: GET \/health reports effectiveMode read-only/,
        /nothing was written/,
      ],
    ],
    [
      'an option is unknown',
      () => ['--base-url', sandbox.baseUrl, '--write'],
      { SESSIONDOCK_TOKEN: 'x' },
      [/unknown option --write/],
    ],
  ];
  for (const [situation, argv, env, messages] of CASES) {
    it(`exits 2 and says why when ${situation}`, async () => {
      const result = await command(argv(), env);
      assert.equal(result.code, 2, result.out);
      for (const message of messages) assert.match(result.err, message);
    });
  }
});

it('exits 0 against the sandbox and reads the base URL and token from the environment', async () => {
  const result = await command([], {
    SESSIONDOCK_BASE_URL: sandbox.baseUrl,
    SESSIONDOCK_TOKEN: sandbox.token,
  });
  assert.equal(result.code, 0, result.out);
  assert.match(
    result.out,
    /^PASS {2}getHealth +documented request +GET \/health → 200 application\/json$/m,
  );
  assert.match(result.out, /Summary: \d+ checks, \d+ passed, 0 failed, 0 skipped\./);
});

it('exits 1 against a drifted app from the command line, with report lines and a JSON report', async () => {
  const json = join(folder, 'report.json');
  const child = spawn(
    process.execPath,
    ['scripts/conformance.ts', '--base-url', drifted.baseUrl, '--json', json],
    {
      env: { ...process.env, SESSIONDOCK_TOKEN: drifted.token },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.equal(code, 1, out);
  assert.match(
    out,
    /^FAIL {2}getSessionTags +documented request +GET \/sessions\/session_123\/tags → 200 application\/json$/m,
  );
  assert.match(
    out,
    /✗ body\/data\/tags must be array {2}\[schema #\/paths\/~1sessions~1\{id\}~1tags\/get\/responses\/200\/content\/application~1json\/schema\/properties\/data\/properties\/tags\/type\]/,
  );
  assert.match(
    out,
    /Failed: getSessionTags \(documented request\), listTags \(documented request\), getSessionPreview \(unknown id\)\./,
  );
  const report = JSON.parse(readFileSync(json, 'utf8'));
  assert.equal(report.summary.failed, 3);
  assert.equal(report.checks.length, report.summary.total);
  assert.equal(
    report.checks.find(
      (check: { operation: string; outcome: string }) =>
        check.operation === 'listTags' && check.outcome === 'fail',
    ).received,
    '500 internal_error',
  );
});
