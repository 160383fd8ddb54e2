import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeSchema } from '../../src/lib/reference/describe-schema.ts';
import { toSchemaTree, type SchemaNode } from '../../src/lib/reference/schema-tree.ts';

type FactsCase = [
  string,
  { given: Record<string, unknown>; want: Partial<ReturnType<typeof describeSchema>> },
];

const FACTS: FactsCase[] = [
  [
    'reads a 3.1 type array with null as nullable',
    {
      given: { type: ['string', 'null'], format: 'date' },
      want: { type: 'string', nullable: true, format: 'date' },
    },
  ],
  [
    'reads 3.0 nullable',
    { given: { type: 'integer', nullable: true }, want: { type: 'integer', nullable: true } },
  ],
  ['infers object from properties', { given: { properties: {} }, want: { type: 'object' } }],
  [
    'infers the type of an enum',
    {
      given: { enum: ['a', 'b', null] },
      want: { type: 'string', enumValues: ['"a"', '"b"', 'null'], nullable: true },
    },
  ],
  [
    'writes const and default as JSON',
    {
      given: { const: 'cat', default: 'cat' },
      want: { constValue: '"cat"', defaultValue: '"cat"' },
    },
  ],
  ['says any when nothing is known', { given: {}, want: { type: 'any' } }],
  [
    'lists constraints in words, 3.1 exclusive bounds as numbers',
    {
      given: { type: 'integer', minimum: 1, exclusiveMaximum: 10, multipleOf: 2 },
      want: { constraints: ['minimum 1', 'multiple of 2', 'less than 10'] },
    },
  ],
  [
    'reads 3.0 boolean exclusive bounds',
    {
      given: { type: 'number', minimum: 0, exclusiveMinimum: true },
      want: { constraints: ['minimum 0', 'minimum is exclusive'] },
    },
  ],
  [
    'keeps the unverified note',
    { given: { type: 'string', 'x-unverified': 'guess' }, want: { unverified: 'guess' } },
  ],
];

describe('describeSchema', () => {
  for (const [title, { given, want }] of FACTS) {
    it(title, () => {
      const facts = describeSchema(given);
      for (const [key, value] of Object.entries(want))
        assert.deepEqual(facts[key as keyof typeof facts], value, key);
    });
  }
});

function names(node: SchemaNode): string[] {
  return node.children.map(
    (child) => `${child.name ?? child.label}${child.required ? '*' : ''}: ${child.type}`,
  );
}

describe('toSchemaTree', () => {
  it('lists properties with their required markers', () => {
    const tree = toSchemaTree({
      type: 'object',
      required: ['id'],
      properties: { id: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
    });
    assert.deepEqual(names(tree), ['id*: string', 'tags: array of string']);
  });

  it('opens array items that are objects', () => {
    const tree = toSchemaTree({
      type: 'array',
      items: { type: 'object', properties: { a: { type: 'integer' } } },
    });
    assert.deepEqual(names(tree), ['items: object']);
    assert.deepEqual(names(tree.children[0] as SchemaNode), ['a: integer']);
  });

  it('shows a schema that contains itself as a reference to its ancestor, not forever', () => {
    const node: Record<string, unknown> = { title: 'Node', type: 'object', properties: {} };
    node.properties = { children: { type: 'array', items: node }, parent: node };
    const tree = toSchemaTree(node);
    const [children, parent] = tree.children;
    assert.equal(parent?.repeats, 'Node');
    assert.equal(children?.children[0]?.repeats, 'Node');
  });

  it('names an untitled recursive ancestor by its property name', () => {
    const inner: Record<string, unknown> = { type: 'object', properties: {} };
    inner.properties = { again: inner };
    const tree = toSchemaTree({ type: 'object', properties: { folder: inner } });
    assert.equal(tree.children[0]?.children[0]?.repeats, '`folder`');
  });

  it('keeps composition options and the discriminator mapping', () => {
    const tree = toSchemaTree({
      oneOf: [
        { title: 'Cat', type: 'object' },
        { title: 'Dog', type: 'object' },
      ],
      anyOf: [{ type: 'string' }],
      discriminator: { propertyName: 'kind', mapping: { cat: '#/components/schemas/Cat' } },
    });
    assert.deepEqual(
      tree.compositions.map((c) => [c.keyword, c.options.map((o) => o.title ?? o.label)]),
      [
        ['oneOf', ['Cat', 'Dog']],
        ['anyOf', ['option 1']],
      ],
    );
    assert.deepEqual(tree.discriminator, {
      propertyName: 'kind',
      mapping: [{ value: 'cat', target: 'Cat' }],
    });
  });

  it('shows typed additional properties as a child', () => {
    const tree = toSchemaTree({ type: 'object', additionalProperties: { type: 'integer' } });
    assert.deepEqual(names(tree), ['additional properties: integer']);
  });

  it('stops at a readable depth', () => {
    let schema: Record<string, unknown> = { type: 'string' };
    for (let level = 0; level < 20; level += 1)
      schema = { type: 'object', properties: { next: schema } };
    let node: SchemaNode | undefined = toSchemaTree(schema);
    let depth = 0;
    while (node && !node.truncated) {
      node = node.children[0];
      depth += 1;
    }
    assert.equal(node?.truncated, true);
    assert.ok(depth <= 13);
  });

  it('says a line is cut off at that depth only when it has more below it', () => {
    const nest = (levels: number, inner: Record<string, unknown>) => {
      let schema = inner;
      for (let level = 0; level < levels; level += 1)
        schema = { type: 'object', properties: { next: schema } };
      return schema;
    };
    const deepest = (from: SchemaNode, depth = 0): [SchemaNode, number] =>
      from.children[0] ? deepest(from.children[0], depth + 1) : [from, depth];
    // The same depth, where the tree stops: a string there has nothing more to show.
    const [leaf, leafDepth] = deepest(toSchemaTree(nest(12, { type: 'string' })));
    const [branch, branchDepth] = deepest(
      toSchemaTree(nest(12, { type: 'object', properties: { more: { type: 'string' } } })),
    );
    assert.equal(leafDepth, branchDepth);
    assert.equal(branch.truncated, true);
    assert.equal(leaf.truncated, false);
    assert.equal(leaf.type, 'string');
  });
});
