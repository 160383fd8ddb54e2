/**
 * Every operation's code samples, run as a reader copies them (they call the documented
 * http://127.0.0.1:18432) against the sandbox server on that port, from a fresh seed library each
 * time: each must get the operation's documented success status. Runs serially; port 18432 must be free.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildOperationRequest } from '../../src/lib/snippets/build-operation-request.ts';
import { buildSnippets } from '../../src/lib/snippets/build-snippets.ts';
import { referenceWords } from '../../src/data/reference-words.ts';
import { startSandbox, type TestSandbox } from '../support/start-sandbox.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

const run = promisify(execFile);
const DOCUMENTED_PORT = 18432;
const model = await loadContractModel();

/** A shell function named `curl` that runs the real curl on the pasted arguments and prints only the status. */
const STATUS_ONLY_CURL = `curl() { command curl --silent --show-error --output /dev/null --write-out '%{http_code}' "$@"; }`;

describe('code samples run unchanged against the sandbox', { concurrency: 1 }, () => {
  let sandbox: TestSandbox;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    sandbox = await startSandbox({ port: DOCUMENTED_PORT });
    dir = mkdtempSync(join(tmpdir(), 'samples-'));
    env = { ...process.env, SESSIONDOCK_TOKEN: sandbox.token };
  });
  after(async () => {
    // Undefined when before() failed.
    await (sandbox as TestSandbox | undefined)?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function reset(): Promise<void> {
    const response = await fetch(`${sandbox.origin}/_sandbox/reset`, { method: 'POST' });
    assert.equal(response.status, 200, 'the sandbox did not reset');
  }

  it('sends the token from SESSIONDOCK_TOKEN: without it the sandbox answers 401', async () => {
    const operation = model.operations.find((candidate) =>
      candidate.responses.some((response) => response.status === '401'),
    );
    assert.ok(operation, 'no operation documents a 401');
    const bash =
      buildSnippets(buildOperationRequest(operation, undefined, referenceWords)).find(
        (sample) => sample.id === 'curl-bash',
      )?.code ?? '';
    const { stdout } = await run('bash', ['-c', `${STATUS_ONLY_CURL}\n${bash}`], {
      env: { ...env, SESSIONDOCK_TOKEN: '' },
    });
    assert.equal(stdout, '401');
  });

  for (const operation of model.operations) {
    const success = operation.responses.find((response) => /^2\d\d$/.test(response.status))?.status;
    const samples = buildSnippets(buildOperationRequest(operation, undefined, referenceWords));
    const code = (id: string) => samples.find((sample) => sample.id === id)?.code ?? '';

    it(`${operation.id}: the bash curl sample gets ${success}`, async () => {
      assert.ok(success, `${operation.id} documents no 2xx response`);
      assert.match(
        code('curl-bash'),
        new RegExp(`^curl '?http://127\\.0\\.0\\.1:${DOCUMENTED_PORT}/`),
      );
      await reset();
      const { stdout } = await run('bash', ['-c', `${STATUS_ONLY_CURL}\n${code('curl-bash')}`], {
        env,
      });
      assert.equal(stdout, success);
    });

    it(`${operation.id}: the Node and Python samples get ${success}`, async () => {
      writeFileSync(join(dir, 'sample.mjs'), code('node'));
      writeFileSync(join(dir, 'sample.py'), code('python'));
      for (const [command, file] of [
        [process.execPath, 'sample.mjs'],
        ['python3', 'sample.py'],
      ] as const) {
        await reset();
        const { stdout } = await run(command, [file], { env, cwd: dir });
        assert.equal(stdout.split(' ')[0], success, `${file} printed ${stdout}`);
      }
    });
  }
});
