import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeParameterSchema } from './describe-parameter-schema.ts';

describe('describeParameterSchema', () => {
  it('names an array’s item type and shows the items’ allowed values and limits', () => {
    const facts = describeParameterSchema({
      type: 'array',
      maxItems: 5,
      default: ['cat'],
      items: { type: 'string', enum: ['cat', 'dog'], maxLength: 60 },
    });
    assert.equal(facts.type, 'array of string');
    assert.deepEqual(facts.enumValues, ['"cat"', '"dog"']);
    assert.deepEqual(facts.constraints, ['max items 5', 'each max length 60']);
    assert.equal(facts.defaultValue, '["cat"]');
  });

  it('leaves other schemas, and arrays of anything, as describeSchema has them', () => {
    assert.equal(describeParameterSchema({ type: 'integer', minimum: 1 }).type, 'integer');
    assert.equal(describeParameterSchema({ type: 'array', items: {} }).type, 'array');
    assert.equal(describeParameterSchema({ type: 'array' }).type, 'array');
  });
});
