import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { MockFlags } from '../../mocks/app/mock-flags.ts';
import { startSandbox, type TestSandbox } from '../support/start-sandbox.ts';
import { GUIDES_DIR, loadGuideBlocks } from './guide-blocks.ts';
import { runBlock } from './run-block.ts';

/**
 * The health-gated startup recipe promises one exit code per situation (its table). Each language's
 * script is run against the sandbox in each situation and must stop with that code. PowerShell is
 * not installed here, so its script is checked to test the same modes and use the same codes.
 */
const PAGE = 'recipes/health-gated-startup.mdx';
const blocks = loadGuideBlocks().filter(({ block }) => block.file === PAGE);

describe('health-gated startup', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  after(async () => {
    await sandbox.stop();
  });

  // The mock's flags know only the two modes a write can be checked against; the health answer
  // reports whatever is set, and the contract's LocalApiMode includes `disabled`.
  const disabled = {
    configuredMode: 'disabled',
    effectiveMode: 'disabled',
  } as unknown as Partial<MockFlags>;
  const situations: {
    title: string;
    flags: Partial<MockFlags>;
    args: string[];
    token?: string;
    exit: number;
  }[] = [
    {
      title: 'goes on (0) in full-automation when the script needs it',
      flags: {},
      args: ['full-automation'],
      exit: 0,
    },
    {
      title: 'goes on (0) in read-only for a script that only reads',
      flags: { configuredMode: 'read-only', effectiveMode: 'read-only' },
      args: [],
      exit: 0,
    },
    {
      title: 'stops with 2 on a rejected token',
      flags: {},
      args: [],
      token: 'an-old-token',
      exit: 2,
    },
    {
      title: 'stops with 3 when a writing script gets only read-only',
      flags: { configuredMode: 'full-automation', effectiveMode: 'read-only' },
      args: ['full-automation'],
      exit: 3,
    },
    {
      title: 'stops with 4 on a disabled API, even for a script that only reads',
      flags: disabled,
      args: [],
      exit: 4,
    },
    {
      title: 'stops with 4 on a disabled API for a writing script',
      flags: disabled,
      args: ['full-automation'],
      exit: 4,
    },
  ];

  const runnable = blocks.filter(({ plan }) => plan.action === 'run');
  it('has the script in shell, TypeScript and Python', () => {
    assert.deepEqual(runnable.map(({ plan }) => ('runner' in plan ? plan.runner : '')).sort(), [
      'bash',
      'node-ts',
      'python',
    ]);
  });

  for (const { block, plan } of runnable) {
    if (plan.action !== 'run') continue;
    for (const situation of situations) {
      it(`${block.lang}: ${situation.title}`, async () => {
        sandbox.store.reset();
        sandbox.store.setFlags(situation.flags);
        const workdir = mkdtempSync(join(tmpdir(), 'health-gate-'));
        try {
          const result = await runBlock(plan.runner, block.code, {
            workdir,
            args: situation.args,
            timeoutMs: 15_000,
            env: {
              SESSIONDOCK_BASE_URL: sandbox.baseUrl,
              SESSIONDOCK_TOKEN: situation.token ?? sandbox.token,
            },
          });
          assert.equal(result.exitCode, situation.exit, `${result.stdout}\n${result.stderr}`);
        } finally {
          rmSync(workdir, { recursive: true, force: true });
        }
      });
    }
  }

  it('uses exactly the exit codes of its table, in every language (PowerShell included)', () => {
    const text = readFileSync(join(GUIDES_DIR, PAGE), 'utf8');
    const documented = [...text.matchAll(/^\| (\d+) \|/gm)]
      .map((match) => Number(match[1]))
      .filter((code) => code !== 0);
    const scripts = blocks.filter(({ block }) =>
      ['bash', 'ts', 'python', 'powershell'].includes(block.lang),
    );
    assert.equal(scripts.length, 4);
    for (const { block } of scripts) {
      const used = [...block.code.matchAll(/(?:\bexit|process\.exit\(|sys\.exit\()\s*(\d+)/g)].map(
        (match) => Number(match[1]),
      );
      assert.deepEqual([...new Set(used)].sort(), documented.sort(), block.lang);
      assert.match(
        block.code,
        /disabled['"]?\)?\s*(?:\)|\]|:|\{|;)?[^\n]*\n[^\n]*\n\s*(?:exit |process\.exit\(|sys\.exit\()4/,
        `${block.lang}: no exit 4 right after the disabled check`,
      );
    }
  });
});
