import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonSchema, OperationModel } from '../../lib/openapi/model.ts';
import { checkAgainstContract, type ContractDifference } from './check-against-contract.ts';

const preview: JsonSchema = {
  type: 'object',
  required: ['url'],
  properties: { url: { type: 'string' }, kind: { enum: ['audio', 'image'] } },
};
const listSchema: JsonSchema = {
  type: 'object',
  required: ['data', 'meta'],
  properties: {
    data: {
      type: 'array',
      items: {
        type: 'object',
        properties: { id: { type: 'string' }, previews: { type: 'array', items: preview } },
      },
    },
    meta: {
      type: 'object',
      properties: {
        total: { type: 'integer' },
        next: { oneOf: [{ type: 'string' }, { type: 'null' }] },
      },
    },
  },
};
const operation = {
  id: 'listThings',
  responses: [
    {
      status: '200',
      description: 'The list.',
      headers: [],
      content: [{ mediaType: 'application/json', schema: listSchema, examples: [] }],
    },
    { status: '204', description: 'Nothing.', headers: [], content: [] },
    {
      status: '4XX',
      description: 'An error.',
      headers: [],
      content: [
        {
          mediaType: 'application/json',
          schema: {
            type: 'object',
            required: ['error'],
            properties: { error: { type: 'object' } },
          },
          examples: [],
        },
      ],
    },
  ],
} as unknown as OperationModel;

const body = (value: unknown): string => JSON.stringify(value);
const valid = {
  data: [{ id: 's1', previews: [{ url: '/p.ogg', kind: 'audio' }] }],
  meta: { total: 1, next: null },
};
const differencesOf = (
  status: number,
  text: string | undefined,
  contentType = 'application/json; charset=utf-8',
): ContractDifference[] => checkAgainstContract(operation, status, contentType, text).differences;

const cases: Array<
  [
    string,
    {
      status: number;
      text: string | undefined;
      contentType?: string;
      want: Array<Partial<ContractDifference>>;
    },
  ]
> = [
  ['a valid body has no difference', { status: 200, text: body(valid), want: [] }],
  [
    'a field of the wrong type names its path, the type asked and the value got',
    {
      status: 200,
      text: body({ ...valid, meta: { total: '12', next: null } }),
      want: [
        { path: 'meta.total', expected: 'an integer', got: 'a string ("12")', kind: 'violation' },
      ],
    },
  ],
  [
    'a field the schema allows but does not describe is reported as undescribed',
    {
      status: 200,
      text: body({ ...valid, data: [{ id: 's1', previews: [{ url: '/p.ogg', codec: 'opus' }] }] }),
      want: [
        {
          path: 'data[0].previews[0]',
          expected: 'no field `codec` (the contract does not describe it)',
          got: 'a string ("opus")',
          kind: 'undescribed',
        },
      ],
    },
  ],
  [
    'a missing required field',
    {
      status: 200,
      text: body({ data: [] }),
      want: [{ path: 'meta', expected: 'a required field', got: 'nothing (missing)' }],
    },
  ],
  [
    'a value outside an enum',
    {
      status: 200,
      text: body({ ...valid, data: [{ id: 's1', previews: [{ url: '/p', kind: 'video' }] }] }),
      want: [
        {
          path: 'data[0].previews[0].kind',
          expected: 'one of "audio", "image"',
          got: 'a string ("video")',
        },
      ],
    },
  ],
  [
    'a oneOf mismatch is one difference, not one per branch',
    {
      status: 200,
      text: body({ ...valid, meta: { total: 1, next: 3 } }),
      want: [{ path: 'meta.next', expected: 'a string, or null', got: 'an integer (3)' }],
    },
  ],
  [
    'a body that is not JSON',
    {
      status: 200,
      text: 'Internal error',
      want: [{ path: '(body)', expected: 'JSON', got: 'text that is not JSON' }],
    },
  ],
  [
    'another content type than documented',
    {
      status: 200,
      text: '<html>',
      contentType: 'text/html',
      want: [{ path: '(content type)', expected: 'application/json', got: 'text/html' }],
    },
  ],
  [
    'a body where none is documented',
    {
      status: 204,
      text: 'x',
      contentType: 'text/plain',
      want: [{ path: '(body)', expected: 'no body' }],
    },
  ],
  [
    'a status matched by its range is checked against the range schema',
    { status: 404, text: body({}), want: [{ path: 'error', expected: 'a required field' }] },
  ],
];
for (const [name, { status, text, contentType, want }] of cases) {
  test(name, () => {
    const got = differencesOf(status, text, contentType);
    assert.equal(got.length, want.length, JSON.stringify(got));
    want.forEach((expected, index) => assert.deepEqual({ ...got[index], ...expected }, got[index]));
  });
}

test('a status the contract does not document is said so, and nothing else is checked', () => {
  const verdict = checkAgainstContract(
    operation,
    500,
    'application/json',
    body({ anything: true }),
  );
  assert.equal(verdict.documentedAs, undefined);
  assert.equal(verdict.bodyChecked, false);
});

test('a status is documented by its exact entry before its range', () => {
  assert.equal(
    checkAgainstContract(operation, 200, 'application/json', body(valid)).documentedAs,
    '200',
  );
  assert.equal(
    checkAgainstContract(operation, 422, 'application/json', body({ error: {} })).documentedAs,
    '4XX',
  );
});
