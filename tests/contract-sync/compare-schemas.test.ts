import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareSchemas } from '../../tools/contract-sync/compare-schemas.ts';

describe('compareSchemas', () => {
  const CASES: Array<[string, { ours: unknown; theirs: unknown; want: string[] }]> = [
    [
      'finds nothing in equal schemas',
      { ours: { type: 'string' }, theirs: { type: 'string' }, want: [] },
    ],
    [
      'treats type T as type [T]',
      { ours: { type: 'string' }, theirs: { type: ['string'] }, want: [] },
    ],
    [
      'ignores the order of required, enum and type',
      {
        ours: { required: ['a', 'b'], enum: [1, 2], type: ['string', 'null'] },
        theirs: { required: ['b', 'a'], enum: [2, 1], type: ['null', 'string'] },
        want: [],
      },
    ],
    [
      'ignores prose, examples and extensions',
      {
        ours: { type: 'string', description: 'A', example: 'x', 'x-unverified': 'not published' },
        theirs: { type: 'string', title: 'B', examples: ['y'] },
        want: [],
      },
    ],
    [
      'reports a changed type with its path',
      {
        ours: { properties: { data: { properties: { port: { type: 'integer' } } } } },
        theirs: { properties: { data: { properties: { port: { type: 'string' } } } } },
        want: ['/properties/data/properties/port/type: "integer" → "string"'],
      },
    ],
    [
      'compares properties whatever their names, even prose keywords',
      {
        ours: { properties: { title: { type: 'string' }, description: { type: 'string' } } },
        theirs: { properties: { title: { type: 'integer' } } },
        want: [
          '/properties/description: a schema of type string → (absent)',
          '/properties/title/type: "string" → "integer"',
        ],
      },
    ],
    [
      'reports a keyword on one side only',
      {
        ours: { type: 'integer', maximum: 200 },
        theirs: { type: 'integer' },
        want: ['/maximum: 200 → (absent)'],
      },
    ],
    [
      'reports a changed required list',
      {
        ours: { required: ['a'] },
        theirs: { required: ['a', 'b'] },
        want: ['/required: ["a"] → ["a","b"]'],
      },
    ],
    [
      'escapes JSON pointer segments',
      {
        ours: { properties: { 'a/b': { type: 'string' } } },
        theirs: { properties: { 'a/b': { type: 'number' } } },
        want: ['/properties/a~1b/type: "string" → "number"'],
      },
    ],
  ];
  for (const [name, { ours, theirs, want }] of CASES) {
    it(name, () =>
      assert.deepEqual(
        compareSchemas(ours, theirs).map((d) => `${d.path}: ${d.ours} → ${d.theirs}`),
        want,
      ),
    );
  }

  it('follows cyclic schemas once', () => {
    const ours: Record<string, unknown> = { type: 'object', properties: {} };
    (ours.properties as Record<string, unknown>).child = ours;
    const theirs: Record<string, unknown> = { type: 'object', properties: {} };
    (theirs.properties as Record<string, unknown>).child = theirs;
    assert.deepEqual(compareSchemas(ours, theirs), []);
  });
});
