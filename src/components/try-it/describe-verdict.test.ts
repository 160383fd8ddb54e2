import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OperationModel } from '../../lib/openapi/model.ts';
import { describeDifference, summarizeVerdict } from './describe-verdict.ts';

const operation = {
  responses: [{ status: '200' }, { status: '4XX' }],
} as unknown as OperationModel;

const summaries: Array<
  [
    string,
    {
      status: number;
      verdict: Parameters<typeof summarizeVerdict>[2];
      want: { tone: string; text: RegExp };
    },
  ]
> = [
  [
    'an undocumented status, with the documented ones',
    {
      status: 500,
      verdict: { documentedAs: undefined, bodyChecked: false, differences: [] },
      want: {
        tone: 'danger',
        text: /^Not in the contract: this operation documents no 500 response \(it documents 200, 4XX\)\.$/,
      },
    },
  ],
  [
    'a match through a range',
    {
      status: 404,
      verdict: { documentedAs: '4XX', bodyChecked: true, differences: [] },
      want: {
        tone: 'success',
        text: /^Matches the contract: 404 \(documented as 4XX\) is documented and the body is valid/,
      },
    },
  ],
  [
    'undescribed fields alone: valid, with a caution',
    {
      status: 200,
      verdict: {
        documentedAs: '200',
        bodyChecked: true,
        differences: [{ path: 'a', expected: 'no field `b`', got: 'null', kind: 'undescribed' }],
      },
      want: {
        tone: 'caution',
        text: /^Valid against the contract's 200 schema, with 1 field it does not describe\.$/,
      },
    },
  ],
  [
    'violations, counted',
    {
      status: 200,
      verdict: {
        documentedAs: '200',
        bodyChecked: true,
        differences: [
          { path: 'a', expected: 'a string', got: 'null', kind: 'violation' },
          { path: 'b', expected: 'a string', got: 'null', kind: 'violation' },
        ],
      },
      want: {
        tone: 'danger',
        text: /^Does not match the contract: 2 differences from the documented 200\.$/,
      },
    },
  ],
];
for (const [name, { status, verdict, want }] of summaries) {
  test(`summarizes ${name}`, () => {
    const summary = summarizeVerdict(operation, status, verdict);
    assert.equal(summary.tone, want.tone);
    assert.match(summary.text, want.text);
  });
}

test("a difference reads as a sentence naming the path, the contract's word and what came", () => {
  assert.equal(
    describeDifference({
      path: 'meta.total',
      expected: 'an integer',
      got: 'a string ("12")',
      kind: 'violation',
    }),
    '`meta.total` should be an integer, got a string ("12").',
  );
  assert.equal(
    describeDifference({
      path: 'data[0]',
      expected: 'a required field',
      got: 'nothing (missing)',
      kind: 'violation',
    }),
    '`data[0]` is required but missing.',
  );
  assert.equal(
    describeDifference({
      path: 'data.previews[0]',
      expected: 'no field `codec` (the contract does not describe it)',
      got: 'a string ("opus")',
      kind: 'undescribed',
    }),
    '`data.previews[0]` has a field `codec` the contract does not describe (a string ("opus")).',
  );
  assert.equal(
    describeDifference({
      path: '(body)',
      expected: 'JSON',
      got: 'text that is not JSON',
      kind: 'violation',
    }),
    'The body should be JSON, got text that is not JSON.',
  );
});
