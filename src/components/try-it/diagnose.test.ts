import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnoseFailure, type FailureContext } from './diagnose.ts';

const base: FailureContext = {
  kind: 'network',
  baseUrl: 'http://127.0.0.1:18432/api/v1',
  pageOrigin: 'https://app.sessiondock.com',
  timeoutSeconds: 10,
  permission: 'prompt',
  pageMayReachLoopback: true,
  reachableWithoutCors: false,
};

describe('diagnoseFailure', () => {
  for (const [name, { given, want }] of [
    ['a cancel', { given: { kind: 'cancelled' }, want: /cancelled/ }],
    [
      'a timeout, with the limit',
      { given: { kind: 'timeout' }, want: /No answer within 10 seconds/ },
    ],
    [
      'a public http page',
      {
        given: { pageMayReachLoopback: false, pageOrigin: 'http://docs.example.com' },
        want: /not allowed to call your computer/,
      },
    ],
    [
      'a denied permission, before anything else',
      {
        given: { permission: 'denied', reachableWithoutCors: true },
        want: /blocked access to apps on this device/,
      },
    ],
    [
      'a server that refuses this origin',
      { given: { reachableWithoutCors: true }, want: /does not allow this site/ },
    ],
    [
      'nothing listening',
      { given: {}, want: /did not answer at http:\/\/127\.0\.0\.1:18432\/api\/v1/ },
    ],
  ] as const) {
    it(`names ${name}`, () => {
      assert.match(diagnoseFailure({ ...base, ...given }).title, want);
    });
  }

  it('tells how to allow the origin when CORS refused it', () => {
    const { details } = diagnoseFailure({ ...base, reachableWithoutCors: true });
    assert.ok(details.some((line) => line.includes('--allow-origin https://app.sessiondock.com')));
  });

  it("never shows the browser's bare error text", () => {
    for (const kind of ['cancelled', 'timeout', 'network'] as const) {
      const { title, details } = diagnoseFailure({ ...base, kind });
      assert.doesNotMatch(
        [title, ...details].join(' '),
        /Failed to fetch|NetworkError|Load failed/,
      );
    }
  });
});
