import type { CodeBlock } from './extract-code-blocks.ts';

/** The program that runs a block's language. */
export type Runner = 'bash' | 'node-js' | 'node-ts' | 'python' | 'powershell';

/** What the example test does with one block. */
export type BlockPlan =
  | {
      action: 'run';
      runner: Exclude<Runner, 'powershell'>;
      expect?: string;
      sandbox: string[];
      args: string[];
      env: Record<string, string>;
      /** False for blocks that make no request to the API (they only read local files, for example). */
      callsApi: boolean;
    }
  | { action: 'parse'; runner: 'powershell' }
  | { action: 'skip'; reason: string }
  | {
      action: 'data';
      /**
       * Set when the block is the sample output of the runnable blocks that follow it (up to the next
       * sample): what they print or, with `file`, what they write to that file in their folder.
       */
      sampleOutput?: { file?: string };
      /** Set when the block shows what the runnable block just before it prints (`response`). */
      response?: true;
    };

const RUNNERS: Record<string, Runner> = {
  bash: 'bash',
  sh: 'bash',
  shell: 'bash',
  js: 'node-js',
  javascript: 'node-js',
  mjs: 'node-js',
  ts: 'node-ts',
  typescript: 'node-ts',
  python: 'python',
  py: 'python',
  powershell: 'powershell',
  ps1: 'powershell',
  pwsh: 'powershell',
};

/** Languages that are data or output, never programs: shown, not run. */
const DATA_LANGS = new Set(['json', 'text', 'http']);

/** Annotation keys a fence line may carry (others are the site's, such as `title`). */
const SANDBOX_STATES = /^(read-only|downgraded|[a-z-]+-fails|[a-z-]+-unavailable)$/;

/**
 * How to treat a block, from its language and annotations (documented in tests/guides/README.md).
 * Throws with the file and line when a block is neither runnable, data, nor explicitly skipped.
 */
export function classifyBlock(block: CodeBlock): BlockPlan {
  const where = `${block.file}:${block.line}`;
  const runner = RUNNERS[block.lang];
  if (block.meta.run === 'skip') {
    if (!block.meta.reason)
      throw new Error(`${where}: run=skip needs reason="why this block is not run"`);
    return { action: 'skip', reason: block.meta.reason };
  }
  if (block.meta.run !== undefined)
    throw new Error(`${where}: run= takes only "skip", got "${block.meta.run}"`);
  if (block.meta['sample-output'] !== undefined) {
    if (block.lang !== 'text')
      throw new Error(`${where}: sample-output belongs on a text block, not "${block.lang}"`);
    return { action: 'data', sampleOutput: block.meta.file ? { file: block.meta.file } : {} };
  }
  if (block.meta.response !== undefined) {
    if (block.lang !== 'json' && block.lang !== 'text')
      throw new Error(`${where}: response belongs on a json or text block, not "${block.lang}"`);
    return { action: 'data', response: true };
  }
  if (DATA_LANGS.has(block.lang)) return { action: 'data' };
  if (runner === undefined) {
    throw new Error(
      `${where}: code block language "${block.lang}" is neither runnable (${Object.keys(RUNNERS).join(', ')}) nor data (${[...DATA_LANGS].join(', ')})`,
    );
  }
  if (runner === 'powershell') return { action: 'parse', runner };
  const sandbox = (block.meta.sandbox ?? '').split(',').filter((state) => state !== '');
  const unknown = sandbox.find((state) => !SANDBOX_STATES.test(state));
  if (unknown) throw new Error(`${where}: unknown sandbox state "${unknown}"`);
  return {
    action: 'run',
    runner,
    sandbox,
    args: (block.meta.args ?? '').split(' ').filter((arg) => arg !== ''),
    env: parseEnv(block.meta.env ?? '', where),
    callsApi: block.meta.calls !== 'none',
    ...(block.meta.expect ? { expect: block.meta.expect } : {}),
  };
}

/** `NAME=value OTHER=value` → `{ NAME: 'value', OTHER: 'value' }`. */
function parseEnv(text: string, where: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of text.split(' ').filter((item) => item !== '')) {
    const match = /^([A-Z_][A-Z0-9_]*)=(.*)$/.exec(pair);
    if (!match) throw new Error(`${where}: env= takes NAME=value pairs, got "${pair}"`);
    env[match[1] ?? ''] = match[2] ?? '';
  }
  return env;
}
