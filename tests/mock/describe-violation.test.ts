import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readBody } from '../../mocks/selection/read-body.ts';
import type { RequestBodyModel } from '../../src/lib/openapi/model.ts';

const schema = {
  type: 'object',
  additionalProperties: false,
  required: ['items'],
  properties: {
    tags: { type: 'array', items: { type: 'string' } },
    status: { type: 'string', enum: ['draft', 'done'] },
    title: { type: 'string', minLength: 1 },
    timestamp: { type: 'number', minimum: 0 },
    count: { type: 'integer', minimum: 1, maximum: 200 },
    meta: { type: 'object', minProperties: 1 },
    items: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['projectPath'],
        properties: { projectPath: { type: 'string' } },
      },
    },
  },
};
const requestBody: RequestBodyModel = {
  required: true,
  content: [{ mediaType: 'application/json', schema, examples: [] }],
};
const items = [{ projectPath: '/a' }];

const cases: [string, { given: string; want: string }][] = [
  [
    'names a list of the wrong type',
    { given: JSON.stringify({ items, tags: 'mix' }), want: 'tags must be an array of strings.' },
  ],
  [
    'names a list holding a wrong item',
    {
      given: JSON.stringify({ items, tags: ['mix', 3] }),
      want: 'tags must be an array of strings.',
    },
  ],
  [
    'names a missing nested field',
    { given: JSON.stringify({ items: [{}] }), want: 'items[0].projectPath is required.' },
  ],
  ['names a missing top-level field', { given: JSON.stringify({}), want: 'items is required.' }],
  [
    'names an unknown field',
    { given: JSON.stringify({ items, extra: 1 }), want: 'extra is not a known field.' },
  ],
  [
    'lists the allowed values',
    {
      given: JSON.stringify({ items, status: 'late' }),
      want: 'status must be one of: "draft", "done".',
    },
  ],
  [
    'names an empty string',
    { given: JSON.stringify({ items, title: '' }), want: 'title must not be empty.' },
  ],
  [
    'names a number below its minimum',
    {
      given: JSON.stringify({ items, timestamp: -1 }),
      want: 'timestamp must be a number, 0 or greater.',
    },
  ],
  [
    'names a number of the wrong type with its range',
    {
      given: JSON.stringify({ items, count: 'many' }),
      want: 'count must be an integer between 1 and 200.',
    },
  ],
  [
    'names an empty object',
    { given: JSON.stringify({ items, meta: {} }), want: 'meta must have at least 1 field.' },
  ],
  [
    'names an empty list',
    { given: JSON.stringify({ items: [] }), want: 'items must have at least 1 item.' },
  ],
  ['names a body of the wrong type', { given: '[]', want: 'The request body must be an object.' }],
];

for (const [name, { given, want }] of cases) {
  test(name, () =>
    assert.deepEqual(readBody(given, requestBody).fact, { kind: 'invalid', message: want }),
  );
}

test('reports broken JSON as malformed', () => {
  assert.deepEqual(readBody('{"items": [', requestBody).fact, { kind: 'malformed' });
});

test('reports a missing required body as malformed', () => {
  assert.deepEqual(readBody('', requestBody).fact, { kind: 'malformed' });
});

test('accepts a valid body and returns its value', () => {
  assert.deepEqual(readBody(JSON.stringify({ items }), requestBody), {
    fact: { kind: 'fine' },
    value: { items },
  });
});

test('leaves the schema of the model untouched', () => {
  readBody('{}', requestBody);
  assert.equal(JSON.stringify(schema).includes('__absolute'), false);
});
