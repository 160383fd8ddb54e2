import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  DEFAULT_ALLOWED_ORIGINS,
  parseSandboxOptions,
  SandboxOptionError,
} from '../../mocks/node/sandbox-options.ts';
import { toStartFlags } from '../../mocks/node/to-start-flags.ts';

const SERVICES = ['focus_unavailable', 'waveform_notes_unavailable', 'import_unavailable'];
const read = (argv: string[], env: Record<string, string> = {}) =>
  parseSandboxOptions(argv, env, 18432, ['open_failed', 'focus_failed']);

const cases: [
  string,
  { argv: string[]; env?: Record<string, string>; want: Record<string, unknown> },
][] = [
  [
    "listens on 127.0.0.1 and the contract's port by default",
    { argv: [], want: { port: 18432, host: '127.0.0.1', allowedOrigins: DEFAULT_ALLOWED_ORIGINS } },
  ],
  ['takes the port from --port', { argv: ['--port', '9000'], want: { port: 9000 } }],
  [
    'takes the port from SANDBOX_PORT',
    { argv: [], env: { SANDBOX_PORT: '9001' }, want: { port: 9001 } },
  ],
  [
    'prefers --port to SANDBOX_PORT',
    { argv: ['--port=9002'], env: { SANDBOX_PORT: '9001' }, want: { port: 9002 } },
  ],
  ['accepts localhost as host', { argv: ['--host', 'localhost'], want: { host: 'localhost' } }],
  [
    'reads read-only for both modes',
    { argv: ['--read-only'], want: { mode: 'read-only', effectiveMode: 'read-only' } },
  ],
  [
    'reads a downgraded effective mode',
    {
      argv: ['--effective-mode', 'read-only'],
      want: { mode: undefined, effectiveMode: 'read-only' },
    },
  ],
  [
    'reads unavailable services and failing actions',
    {
      argv: ['--unavailable', 'import, focus', '--open-fails'],
      want: { unavailable: ['import', 'focus'], failing: ['open_failed'] },
    },
  ],
  [
    'reads them from the environment',
    {
      argv: [],
      env: {
        SANDBOX_UNAVAILABLE: 'waveform-notes',
        SANDBOX_FOCUS_FAILS: '1',
        SANDBOX_READ_ONLY: 'true',
      },
      want: { unavailable: ['waveform-notes'], failing: ['focus_failed'], mode: 'read-only' },
    },
  ],
  [
    'replaces the allowed origins',
    {
      argv: ['--allow-origin', 'https://docs.example.com,http://localhost:3000'],
      want: { allowedOrigins: ['https://docs.example.com', 'http://localhost:3000'] },
    },
  ],
  [
    'reads allowed origins from the environment',
    {
      argv: [],
      env: { SANDBOX_ALLOWED_ORIGINS: 'https://docs.example.com' },
      want: { allowedOrigins: ['https://docs.example.com'] },
    },
  ],
];

for (const [name, { argv, env, want }] of cases) {
  test(name, () => {
    const options = read(argv, env);
    for (const [key, value] of Object.entries(want))
      assert.deepEqual(options[key as keyof typeof options], value, key);
  });
}

const refusals: [string, string[], RegExp][] = [
  ['refuses a host that is not loopback', ['--host', '0.0.0.0'], /loopback/],
  ['refuses a port out of range', ['--port', '70000'], /--port/],
  ['refuses an unknown mode', ['--mode', 'sometimes'], /read-only or full-automation/],
  [
    'refuses an origin with a path',
    ['--allow-origin', 'https://docs.example.com/docs'],
    /without a path/,
  ],
  ['refuses an unknown option', ['--verbose'], /verbose/],
];

for (const [name, argv, message] of refusals) {
  test(name, () =>
    assert.throws(
      () => read(argv),
      (error: unknown) => error instanceof SandboxOptionError && message.test(error.message),
    ),
  );
}

test("turns short service names into the contract's 501 codes", () => {
  assert.deepEqual(
    toStartFlags(read(['--unavailable', 'import,waveform-notes']), SERVICES).services,
    { import_unavailable: false, waveform_notes_unavailable: false },
  );
});

test('names the known services when asked for an unknown one', () => {
  assert.throws(
    () => toStartFlags(read(['--unavailable', 'export']), SERVICES),
    /Services: focus, waveform-notes, import/,
  );
});
