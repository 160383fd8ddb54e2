import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePreferHeader } from '../../mocks/selection/prefer-header.ts';

const cases: [string, { given: string | null; want: ReturnType<typeof parsePreferHeader> }][] = [
  ['reads a code', { given: 'code=404', want: { code: '404' } }],
  [
    'reads a code and an example after a comma',
    {
      given: 'code=400, example=invalid_request',
      want: { code: '400', example: 'invalid_request' },
    },
  ],
  [
    'reads a code and an example after a semicolon',
    { given: 'code=400;example=open_failed', want: { code: '400', example: 'open_failed' } },
  ],
  [
    'reads quoted values',
    {
      given: 'code="501", example="focus_unavailable"',
      want: { code: '501', example: 'focus_unavailable' },
    },
  ],
  ['reads an example alone', { given: 'example=read_only', want: { example: 'read_only' } }],
  ['ignores other preferences', { given: 'return=minimal, code=200', want: { code: '200' } }],
  [
    'gives nothing for preferences it does not know',
    { given: 'respond-async, wait=5', want: undefined },
  ],
  ['gives nothing without a header', { given: null, want: undefined }],
];

for (const [name, { given, want }] of cases) {
  test(name, () => assert.deepEqual(parsePreferHeader(given), want));
}
