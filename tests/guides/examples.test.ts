import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { agentToolValues } from '../../src/lib/agent-tools/agent-tool-values.ts';
import { startSandbox } from '../support/start-sandbox.ts';
import { checkPowerShell } from './check-powershell.ts';
import { loadGuideBlocks } from './guide-blocks.ts';
import { runBlock } from './run-block.ts';
import { firstMissingLine } from './sample-output.ts';
import { toSandboxFlags } from './sandbox-flags.ts';
import { SKIPPED_BLOCKS } from './skipped-blocks.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

/**
 * Runs every shell, JavaScript, TypeScript and Python block of every guide against a fresh sandbox
 * state, and parses every PowerShell block. Annotations: tests/guides/README.md.
 */
const blocks = loadGuideBlocks();
const ERROR_ENVELOPE = /"error"\s*:\s*\{\s*"status"/;

describe('guide examples', () => {
  let sandbox: Awaited<ReturnType<typeof startSandbox>>;
  let fixtures: string;

  before(async () => {
    sandbox = await startSandbox({ port: 0 });
    fixtures = mkdtempSync(join(tmpdir(), 'guide-fixtures-'));
    cpSync('tests/guides/fixtures/workdir', fixtures, { recursive: true });
    const values = agentToolValues(await loadContractModel());
    writeFileSync(join(fixtures, 'agent-tools.json'), values.allToolsJson);
    writeFileSync(join(fixtures, 'agent-tools.read-only.json'), values.readOnlyToolsJson);
  });
  after(async () => {
    // Undefined when before() failed.
    await (sandbox as typeof sandbox | undefined)?.stop();
    rmSync(fixtures, { recursive: true, force: true });
  });

  it('skips exactly the blocks listed in skipped-blocks.ts, each with a reason', () => {
    const skipped = blocks
      .filter(({ plan }) => plan.action === 'skip')
      .map(({ block }) => block.file);
    const counts = Object.fromEntries(
      [...new Set(skipped)].map((file) => [file, skipped.filter((f) => f === file).length]),
    );
    assert.deepEqual(counts, SKIPPED_BLOCKS);
  });

  it('shows a response only right after a block that runs', () => {
    const orphans = blocks.filter(
      ({ plan }, index) =>
        plan.action === 'data' && plan.response && blocks[index - 1]?.plan.action !== 'run',
    );
    assert.deepEqual(
      orphans.map(({ block }) => `${block.file}:${block.line}`),
      [],
    );
  });

  it('finds runnable examples in every language the guides promise', () => {
    const runners = new Set(blocks.flatMap(({ plan }) => ('runner' in plan ? [plan.runner] : [])));
    assert.deepEqual([...runners].sort(), ['bash', 'node-js', 'node-ts', 'powershell', 'python']);
  });

  /** The sample output shown before a block, if any, and where (file:line) it is. */
  let sample: { at: string; text: string; file?: string } | undefined;
  for (const [index, { block, plan }] of blocks.entries()) {
    const name = `${block.file}:${block.line} (${block.lang})`;
    if (sample && !sample.at.startsWith(`${block.file}:`)) sample = undefined;
    if (plan.action === 'data' && plan.sampleOutput) {
      sample = { at: `${block.file}:${block.line}`, text: block.code, ...plan.sampleOutput };
    }
    if (plan.action === 'parse') {
      it(`${name} parses as PowerShell`, async () => {
        assert.deepEqual(await checkPowerShell(block.code), []);
      });
    }
    if (plan.action !== 'run') continue;
    const shows = plan.expect ? undefined : sample;
    const next = blocks[index + 1];
    const response =
      next?.plan.action === 'data' && next.plan.response && next.block.file === block.file
        ? next.block
        : undefined;
    const title = `${plan.expect ? `${name} fails with ${plan.expect} as the guide says` : `${name} runs${shows ? ` and gives the sample output of ${shows.at}` : ''}`}${response ? `, printing the response shown at line ${response.line}` : ''}`;
    it(title, async () => {
      await control(sandbox.origin, 'POST', '/_sandbox/reset');
      if (plan.sandbox.length > 0)
        await control(sandbox.origin, 'PATCH', '/_sandbox/flags', toSandboxFlags(plan.sandbox));
      const workdir = mkdtempSync(join(tmpdir(), 'guide-example-'));
      cpSync(fixtures, workdir, { recursive: true });
      try {
        const result = await runBlock(plan.runner, block.code, {
          workdir,
          args: plan.args,
          timeoutMs: 15_000,
          env: {
            ...plan.env,
            SESSIONDOCK_BASE_URL: sandbox.baseUrl,
            SESSIONDOCK_TOKEN: sandbox.token,
          },
        });
        const output = `${result.stdout}\n${result.stderr}`;
        assert.equal(result.timedOut, false, `timed out\n${output}`);
        if (plan.expect) {
          assert.ok(
            output.includes(plan.expect),
            `expected "${plan.expect}" in the output\n${output}`,
          );
        } else {
          assert.equal(result.exitCode, 0, `exit code ${result.exitCode}\n${output}`);
          assert.doesNotMatch(
            result.stdout,
            ERROR_ENVELOPE,
            `printed an error envelope\n${output}`,
          );
        }
        if (plan.callsApi)
          assert.ok(
            (await requestCount(sandbox.origin)) > 0,
            `made no request to the API\n${output}`,
          );
        if (response) assertShownResponse(response, result.stdout);
        if (shows) {
          const actual = shows.file
            ? readFileSync(join(workdir, shows.file), 'utf8')
            : result.stdout;
          const missing = firstMissingLine(shows.text, actual, {
            csv: shows.file?.endsWith('.csv') ?? false,
          });
          assert.equal(
            missing,
            undefined,
            `the sample at ${shows.at} shows a line ${shows.file ? `${shows.file} does not hold` : 'the block does not print'}: ${JSON.stringify(missing)}\n--- ${shows.file ?? 'stdout'} ---\n${actual}`,
          );
        }
      } finally {
        rmSync(workdir, { recursive: true, force: true });
      }
    });
  }
});

/**
 * The response a guide shows under a command is what the command prints: the same JSON value for a
 * `json` block, the same lines in order for a `text` block.
 */
function assertShownResponse(
  shown: { file: string; line: number; lang: string; code: string },
  stdout: string,
): void {
  const where = `the response shown at ${shown.file}:${shown.line}`;
  if (shown.lang === 'json') {
    let printed: unknown;
    try {
      printed = JSON.parse(stdout);
    } catch {
      assert.fail(`${where} is JSON, but the command printed something else:\n${stdout}`);
    }
    assert.deepEqual(
      printed,
      JSON.parse(shown.code),
      `${where} differs from what the command printed:\n${stdout}`,
    );
  } else {
    const missing = firstMissingLine(shown.code, stdout);
    assert.equal(
      missing,
      undefined,
      `${where} has a line the command does not print: ${JSON.stringify(missing)}\n${stdout}`,
    );
  }
}

/** How many API requests the sandbox has answered since its last reset. */
async function requestCount(origin: string): Promise<number> {
  const response = await fetch(`${origin}/_sandbox/state`);
  const { data } = (await response.json()) as { data: { requests: { count: number } } };
  return data.requests.count;
}

async function control(
  origin: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<void> {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  assert.equal(response.status, 200, `${method} ${path}: ${await response.text()}`);
}
