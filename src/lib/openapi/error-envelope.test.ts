import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseErrorEnvelope, readErrorEnvelope } from './error-envelope.ts';

describe('readErrorEnvelope', () => {
  const CASES: [string, { given: unknown; want: ReturnType<typeof readErrorEnvelope> }][] = [
    [
      'reads a whole envelope',
      {
        given: { error: { status: 404, code: 'not_found', message: 'session not found' } },
        want: { status: 404, code: 'not_found', message: 'session not found' },
      },
    ],
    [
      'keeps the fields that are there',
      { given: { error: { code: 'read_only' } }, want: { code: 'read_only' } },
    ],
    [
      'leaves out a field of the wrong type',
      { given: { error: { status: '404', code: 7, message: 'gone' } }, want: { message: 'gone' } },
    ],
    [
      'reads an empty error object as an envelope with nothing in it',
      { given: { error: {} }, want: {} },
    ],
    [
      'is not fooled by a success body',
      { given: { data: { id: 'session_123' } }, want: undefined },
    ],
    ['is not fooled by an error that is text', { given: { error: 'not found' }, want: undefined }],
    ['is not fooled by an error that is a list', { given: { error: [] }, want: undefined }],
    ['is not fooled by null', { given: null, want: undefined }],
    [
      'is not fooled by a flat code and message',
      { given: { code: 'not_found', message: 'gone' }, want: undefined },
    ],
  ];
  for (const [name, { given, want }] of CASES) {
    it(name, () => assert.deepEqual(readErrorEnvelope(given), want));
  }
});

describe('parseErrorEnvelope', () => {
  const CASES: [
    string,
    { given: string | undefined; want: ReturnType<typeof parseErrorEnvelope> },
  ][] = [
    [
      'reads the envelope of a body',
      {
        given: '{"error":{"status":401,"code":"unauthorized","message":"Provide a token."}}',
        want: { status: 401, code: 'unauthorized', message: 'Provide a token.' },
      },
    ],
    [
      'gives nothing for text that is not JSON',
      { given: '<html>Bad gateway</html>', want: undefined },
    ],
    ['gives nothing for an empty body', { given: '', want: undefined }],
    ['gives nothing without a body', { given: undefined, want: undefined }],
  ];
  for (const [name, { given, want }] of CASES) {
    it(name, () => assert.deepEqual(parseErrorEnvelope(given), want));
  }
});
