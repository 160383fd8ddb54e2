import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countSchemaLines } from '../../src/lib/reference/count-schema-lines.ts';
import { toSchemaTree } from '../../src/lib/reference/schema-tree.ts';

type Case = [string, { given: Record<string, unknown>; want: number }];

const CASES: Case[] = [
  ['counts a plain value as one line', { given: { type: 'string' }, want: 1 }],
  [
    'counts each property',
    {
      given: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'integer' } } },
      want: 3,
    },
  ],
  [
    'counts the properties of array items',
    {
      given: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } },
      want: 3,
    },
  ],
  [
    'counts each composition option and what it holds',
    {
      given: {
        oneOf: [{ type: 'string' }, { type: 'object', properties: { x: { type: 'number' } } }],
      },
      want: 4,
    },
  ],
];

describe('countSchemaLines', () => {
  for (const [title, { given, want }] of CASES) {
    it(title, () => assert.equal(countSchemaLines(toSchemaTree(given)), want));
  }
});
