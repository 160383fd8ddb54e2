import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { classifyBlock } from './classify-block.ts';
import { extractCodeBlocks, parseMeta } from './extract-code-blocks.ts';
import { loadGuideBlocks } from './guide-blocks.ts';
import { firstMissingLine, sampleLines } from './sample-output.ts';
import { toSandboxFlags } from './sandbox-flags.ts';

describe('extractCodeBlocks', () => {
  it('finds fenced blocks with language, meta, line and dedented code', () => {
    const text =
      'Intro\n\n1. Step\n\n   ```bash args="a b" expect=read_only\n   echo "$1"\n     indented\n   ```\n\n~~~py\nprint(1)\n~~~\n';
    assert.deepEqual(extractCodeBlocks(text, 'g.mdx'), [
      {
        file: 'g.mdx',
        line: 5,
        lang: 'bash',
        meta: { args: 'a b', expect: 'read_only' },
        code: 'echo "$1"\n  indented\n',
      },
      { file: 'g.mdx', line: 10, lang: 'py', meta: {}, code: 'print(1)\n' },
    ]);
  });

  it('does not end a four-backtick fence at a three-backtick line', () => {
    const [block] = extractCodeBlocks('````md\n```js\nx\n```\n````\n', 'g.md');
    assert.equal(block?.code, '```js\nx\n```\n');
  });
});

describe('parseMeta', () => {
  const cases: [string, { given: string; want: Record<string, string> }][] = [
    [
      'reads quoted and bare values',
      { given: 'title="a b.sh" run=skip', want: { title: 'a b.sh', run: 'skip' } },
    ],
    [
      'reads single quotes and bare words',
      { given: "reason='x y' wrap", want: { reason: 'x y', wrap: '' } },
    ],
  ];
  for (const [title, { given, want }] of cases)
    it(title, () => assert.deepEqual(parseMeta(given), want));
});

describe('classifyBlock', () => {
  const block = (lang: string, meta: Record<string, string> = {}) => ({
    file: 'g.mdx',
    line: 3,
    lang,
    meta,
    code: '',
  });
  const cases: [string, { given: ReturnType<typeof block>; want: unknown }][] = [
    [
      'runs shell blocks by default',
      {
        given: block('bash'),
        want: { action: 'run', runner: 'bash', sandbox: [], args: [], env: {}, callsApi: true },
      },
    ],
    [
      'runs TypeScript with node',
      {
        given: block('ts'),
        want: { action: 'run', runner: 'node-ts', sandbox: [], args: [], env: {}, callsApi: true },
      },
    ],
    [
      'reads expectations, sandbox states, arguments and environment',
      {
        given: block('python', {
          expect: 'read_only',
          sandbox: 'read-only,import-unavailable',
          args: 'a b',
          env: 'X=1 Y=2',
          calls: 'none',
        }),
        want: {
          action: 'run',
          runner: 'python',
          sandbox: ['read-only', 'import-unavailable'],
          args: ['a', 'b'],
          env: { X: '1', Y: '2' },
          callsApi: false,
          expect: 'read_only',
        },
      },
    ],
    [
      'parses PowerShell instead of running it',
      { given: block('powershell'), want: { action: 'parse', runner: 'powershell' } },
    ],
    ['shows data blocks without running them', { given: block('json'), want: { action: 'data' } }],
    [
      'marks a sample output, printed or written to a file',
      {
        given: block('text', { 'sample-output': '', file: 'notes.csv' }),
        want: { action: 'data', sampleOutput: { file: 'notes.csv' } },
      },
    ],
    [
      'marks the response a command prints',
      { given: block('json', { response: '' }), want: { action: 'data', response: true } },
    ],
    [
      'skips a block only with a reason',
      {
        given: block('bash', { run: 'skip', reason: 'placeholder' }),
        want: { action: 'skip', reason: 'placeholder' },
      },
    ],
  ];
  for (const [title, { given, want }] of cases)
    it(title, () => assert.deepEqual(classifyBlock(given), want));

  const failures: [string, { given: ReturnType<typeof block>; want: RegExp }][] = [
    [
      'rejects a block in an unknown language',
      { given: block('ruby'), want: /g\.mdx:3: code block language "ruby"/ },
    ],
    ['rejects a block without a language', { given: block(''), want: /language ""/ }],
    [
      'rejects a skip without a reason',
      { given: block('bash', { run: 'skip' }), want: /run=skip needs reason=/ },
    ],
    [
      'rejects an unknown sandbox state',
      { given: block('bash', { sandbox: 'sleepy' }), want: /unknown sandbox state "sleepy"/ },
    ],
    [
      'rejects a sample output that is not text',
      {
        given: block('json', { 'sample-output': '' }),
        want: /sample-output belongs on a text block/,
      },
    ],
    [
      'rejects a response on a runnable block',
      { given: block('bash', { response: '' }), want: /response belongs on a json or text block/ },
    ],
    [
      'rejects a malformed env pair',
      { given: block('bash', { env: 'lower=1' }), want: /env= takes NAME=value pairs/ },
    ],
  ];
  for (const [title, { given, want }] of failures)
    it(title, () => assert.throws(() => classifyBlock(given), want));
});

describe('firstMissingLine', () => {
  const sample = '$ ./list.sh\nsession_123\tMidnight Drive\nsession_124\tHarbor Lights\n';
  it('accepts an output holding every sample line in order, among others', () => {
    assert.equal(
      firstMissingLine(
        sample,
        'session_123\tMidnight Drive\r\nsession_999\tOther\nsession_124\tHarbor Lights\n',
      ),
      undefined,
    );
  });
  it('names the first sample line missing or out of order', () => {
    assert.equal(
      firstMissingLine(sample, 'session_124\tHarbor Lights\nsession_123\tMidnight Drive\n'),
      'session_124\tHarbor Lights',
    );
    assert.equal(
      firstMissingLine(sample, 'session_123\tMidnight Drive (edited)\n'),
      'session_123\tMidnight Drive',
    );
  });
  it('compares CSV by value, whatever each writer quotes', () => {
    const csvSample = 'id,title,at\nsession_123,Midnight Drive,12.5\n';
    assert.equal(
      firstMissingLine(csvSample, '"id","title","at"\n"session_123","Midnight Drive","12.5"\n', {
        csv: true,
      }),
      undefined,
    );
    assert.equal(
      firstMissingLine(csvSample, 'id,title,at\nsession_123,Midnight Drive,13\n', { csv: true }),
      'session_123,Midnight Drive,12.5',
    );
  });
  it('ignores the command line and blank lines of the sample', () => {
    assert.deepEqual(sampleLines('$ ./x.sh a\n\nDone.\n'), ['Done.']);
  });
});

describe('toSandboxFlags', () => {
  it('turns sandbox states into the flags of PATCH /_sandbox/flags', () => {
    assert.deepEqual(toSandboxFlags(['downgraded', 'focus-fails', 'waveform-notes-unavailable']), {
      configuredMode: 'full-automation',
      effectiveMode: 'read-only',
      focusFails: true,
      services: { waveform_notes_unavailable: false },
    });
  });
});

describe('the guides', () => {
  it('contain only code blocks the example test knows how to treat', () => {
    assert.ok(loadGuideBlocks().length > 50);
  });
});
