import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  PREFER_ERROR_CODE,
  selectResponse,
  type RequestFacts,
  type ResponseChoice,
} from '../../mocks/selection/select-response.ts';

const base: RequestFacts = {
  documented: ['200', '400', '401', '403', '404', '501'],
  examples: {
    '200': ['ok'],
    '400': ['invalid_json', 'invalid_request', 'focus_failed'],
    '401': ['unauthorized'],
    '403': ['read_only'],
    '404': ['not_found'],
    '501': ['focus_unavailable'],
  },
  token: 'valid',
  body: { kind: 'fine' },
  blockedByMode: false,
  sessionFound: true,
};

const error = (status: string, code?: string, message?: string): ResponseChoice => ({
  kind: 'error',
  rule: undefined as unknown as string,
  status,
  code,
  message,
});

const cases: [string, { given: Partial<RequestFacts>; want: ResponseChoice | 'prefer-problem' }][] =
  [
    ['answers with the success when nothing is wrong', { given: {}, want: { kind: 'success' } }],
    ['answers 401 for a missing token', { given: { token: 'missing' }, want: error('401') }],
    [
      'answers 401 for a wrong token before a broken body',
      { given: { token: 'wrong', body: { kind: 'malformed' } }, want: error('401') },
    ],
    [
      'answers invalid_json before a read-only refusal',
      {
        given: { body: { kind: 'malformed' }, blockedByMode: true },
        want: error('400', 'invalid_json'),
      },
    ],
    [
      'answers invalid_request with the field message',
      {
        given: { body: { kind: 'invalid', message: 'tags must be an array of strings.' } },
        want: error('400', 'invalid_request', 'tags must be an array of strings.'),
      },
    ],
    [
      'answers 403 before an unknown session',
      { given: { blockedByMode: true, sessionFound: false }, want: error('403') },
    ],
    [
      'answers 404 before an unavailable service',
      {
        given: { sessionFound: false, unavailableService: 'focus_unavailable' },
        want: error('404'),
      },
    ],
    [
      'answers 501 before a failing action',
      {
        given: { unavailableService: 'focus_unavailable', failingAction: 'focus_failed' },
        want: error('501', 'focus_unavailable'),
      },
    ],
    [
      'answers the action failure last',
      { given: { failingAction: 'focus_failed' }, want: error('400', 'focus_failed') },
    ],
    [
      'skips 403 when the operation does not document it',
      { given: { documented: ['200', '401'], blockedByMode: true }, want: { kind: 'success' } },
    ],
    [
      'answers 404 for an unknown session even when undocumented',
      { given: { documented: ['200'], sessionFound: false }, want: error('404') },
    ],
    [
      'ignores the token where no security applies',
      { given: { token: 'not-required' }, want: { kind: 'success' } },
    ],
    [
      'lets Prefer win over everything',
      {
        given: { token: 'missing', preference: { code: '404' } },
        want: { kind: 'forced', status: '404', example: undefined },
      },
    ],
    [
      'forces a named example',
      {
        given: { preference: { code: '400', example: 'focus_failed' } },
        want: { kind: 'forced', status: '400', example: 'focus_failed' },
      },
    ],
    [
      'finds the status of an example named alone',
      {
        given: { preference: { example: 'read_only' } },
        want: { kind: 'forced', status: '403', example: 'read_only' },
      },
    ],
    [
      'refuses an undocumented code',
      { given: { preference: { code: '418' } }, want: 'prefer-problem' },
    ],
    [
      'refuses an unknown example name',
      { given: { preference: { code: '400', example: 'nope' } }, want: 'prefer-problem' },
    ],
    [
      'refuses an example name no response has',
      { given: { preference: { example: 'nope' } }, want: 'prefer-problem' },
    ],
  ];

for (const [name, { given, want }] of cases) {
  test(name, () => {
    const choice = selectResponse({ ...base, ...given });
    if (want === 'prefer-problem') assert.equal(choice.kind, 'prefer-problem');
    else assert.deepEqual(choice.kind === 'error' ? { ...choice, rule: undefined } : choice, want);
  });
}

test('lists the documented codes when Prefer asks for another', () => {
  const choice = selectResponse({ ...base, preference: { code: '418' } });
  assert.ok(choice.kind === 'prefer-problem');
  assert.match(choice.message, /code=418/);
  assert.match(choice.message, /200, 400, 401, 403, 404, 501/);
  assert.equal(PREFER_ERROR_CODE, 'prefer_not_documented');
});
