import assert from 'node:assert/strict';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';
import { publishScript, runPublishedScript } from '../support/published-script.ts';
import { GUIDES_DIR, loadGuideBlocks } from './guide-blocks.ts';
import { runBlock } from './run-block.ts';

/**
 * The Sandbox guide starts from the file the site publishes. This test takes that file alone in an
 * empty folder, starts it with the guide's own command, and runs the guide's commands against it.
 */
const PAGE = 'sandbox.mdx';
const FILE = 'sessiondock-sandbox.mjs';
const page = readFileSync(join(GUIDES_DIR, PAGE), 'utf8');
const blocks = loadGuideBlocks().filter(({ block }) => block.file === PAGE);

/** Starts the downloaded file and resolves with its base URL once it listens. */
function listening(child: ChildProcessWithoutNullStreams): Promise<string> {
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /on (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/.exec(stdout)?.[1];
      if (url) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`the sandbox exited with ${code}: ${stderr}`)));
  });
}

describe('the Sandbox guide, against the downloaded file', () => {
  let file: string;
  let child: ChildProcessWithoutNullStreams | undefined;
  let baseUrl: string;
  before(async () => {
    file = await publishScript(FILE);
  });
  after(() => {
    child?.kill('SIGTERM');
  });

  it('links the download and starts it with "node sessiondock-sandbox.mjs"', () => {
    assert.match(page, new RegExp(`\\]\\(\\.\\./${FILE.replace('.', '\\.')}\\)`));
    const start = blocks.find(({ block }) => block.code.includes(`node ${FILE}`))?.block;
    assert.equal(start?.code, `node ${FILE}\n`);
  });

  it("runs alone from an empty folder with the guide's command", async () => {
    assert.deepEqual(readdirSync(join(file, '..')), [FILE]);
    // The guide's command, on a free port so that it cannot clash with an app or another test.
    child = runPublishedScript(file, ['--port', '0']);
    baseUrl = await listening(child);
  });

  it('offers every option the guide lists', async () => {
    const help = runPublishedScript(file, ['--help']);
    let usage = '';
    help.stdout.on('data', (chunk: Buffer) => {
      usage += chunk.toString();
    });
    await new Promise((resolve) => help.once('exit', resolve));
    const listed = [...page.matchAll(/^\| `(--[a-z-]+)/gm)].map((match) => match[1] ?? '');
    assert.ok(listed.length >= 5);
    assert.deepEqual(
      listed.filter((option) => !usage.includes(option)),
      [],
    );
  });

  for (const { block, plan } of blocks) {
    if (plan.action !== 'run') continue;
    it(`runs the command at ${PAGE}:${block.line}${plan.expect ? `, failing with ${plan.expect}` : ''}`, async () => {
      assert.ok(baseUrl, 'the downloaded sandbox is not running');
      const reset = await fetch(`${baseUrl.replace(/\/api\/v1$/, '')}/_sandbox/reset`, {
        method: 'POST',
      });
      assert.equal(reset.status, 200);
      const workdir = mkdtempSync(join(tmpdir(), 'sandbox-guide-'));
      try {
        const result = await runBlock(plan.runner, block.code, {
          workdir,
          args: plan.args,
          timeoutMs: 15_000,
          env: { ...plan.env, SESSIONDOCK_BASE_URL: baseUrl, SESSIONDOCK_TOKEN: SANDBOX_TOKEN },
        });
        const output = `${result.stdout}\n${result.stderr}`;
        if (plan.expect) assert.ok(output.includes(plan.expect), output);
        else assert.equal(result.exitCode, 0, output);
      } finally {
        rmSync(workdir, { recursive: true, force: true });
      }
    });
  }
});
