import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createDefaultFlags, failureFlagOf, toFlagChange } from '../../mocks/app/mock-flags.ts';
import { model } from './support/mock-harness.ts';

const flags = createDefaultFlags(model);

test("derives the services from the contract's 501 examples", () => {
  assert.deepEqual(Object.keys(flags.services).sort(), [
    'focus_unavailable',
    'import_unavailable',
    'waveform_notes_unavailable',
  ]);
  assert.ok(Object.values(flags.services).every((available) => available));
});

test('starts in full automation with working actions', () => {
  assert.deepEqual(
    [flags.configuredMode, flags.effectiveMode, flags.openFails, flags.focusFails],
    ['full-automation', 'full-automation', false, false],
  );
});

test('names the flag behind each action failure code', () => {
  assert.deepEqual(['open_failed', 'focus_failed'].map(failureFlagOf), ['openFails', 'focusFails']);
});

const changes: [string, { given: unknown; want: RegExp | Record<string, unknown> }][] = [
  [
    'accepts a mode',
    { given: { effectiveMode: 'read-only' }, want: { effectiveMode: 'read-only' } },
  ],
  [
    'accepts a service switch',
    {
      given: { services: { import_unavailable: false } },
      want: { services: { import_unavailable: false } },
    },
  ],
  ['refuses an unknown flag', { given: { debug: true }, want: /debug is not a flag/ }],
  [
    'refuses an unknown service',
    { given: { services: { export_unavailable: false } }, want: /Services: / },
  ],
  [
    'refuses a mode the app does not have',
    { given: { configuredMode: 'admin' }, want: /configuredMode must be one of/ },
  ],
  [
    'refuses a switch that is not true or false',
    { given: { openFails: 'yes' }, want: /openFails must be true or false/ },
  ],
  ['refuses a list', { given: [], want: /JSON object/ }],
];

for (const [name, { given, want }] of changes) {
  test(name, () => {
    const result = toFlagChange(given, flags);
    if (want instanceof RegExp)
      assert.ok('problem' in result && want.test(result.problem), JSON.stringify(result));
    else assert.deepEqual(result, { change: want });
  });
}
