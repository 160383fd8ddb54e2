import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { agentToolValues } from '../../src/lib/agent-tools/agent-tool-values.ts';
import { buildAgentTools } from '../../src/lib/agent-tools/build-agent-tools.ts';
import { toPlainSchema } from '../../src/lib/agent-tools/to-plain-schema.ts';
import { fixtureModel } from './fixtures/fixture-model.ts';

describe('buildAgentTools', async () => {
  const model = await fixtureModel();
  const [health, replaceTags] = buildAgentTools(model);

  it('names each tool after its operationId and keeps contract order', () => {
    assert.deepEqual(
      buildAgentTools(model).map((tool) => tool.name),
      ['getHealth', 'replaceSessionTags'],
    );
  });

  it('keeps only read-only operations in the read-only subset', () => {
    assert.deepEqual(
      buildAgentTools(model, { readOnly: true }).map((tool) => tool.name),
      ['getHealth'],
    );
  });

  const cases: [string, { got: unknown; want: unknown }][] = [
    [
      'describes a tool by its summary and description',
      {
        got: replaceTags?.description,
        want: 'Replace tags. Replaces the tag list. Requires full-automation mode.',
      },
    ],
    [
      'marks a write operation as needing full-automation',
      { got: buildAgentTools(model)[1]?.mode, want: 'full-automation' },
    ],
    [
      'takes path and query parameters as arguments, not headers',
      {
        got: Object.keys(replaceTags?.parameters.properties as object),
        want: ['id', 'variantId', 'body'],
      },
    ],
    [
      'requires path parameters and a required body',
      { got: replaceTags?.parameters.required, want: ['id', 'body'] },
    ],
    [
      "carries the parameter description into its schema, with the schema's hedge",
      {
        got: (replaceTags?.parameters.properties as Record<string, { description?: string }>).id
          ?.description,
        want: 'Session identifier. Not confirmed: shape',
      },
    ],
    [
      'says where each argument goes in the request',
      {
        got: replaceTags?.request,
        want: {
          method: 'PUT',
          path: '/sessions/{id}/tags',
          pathParameters: ['id'],
          queryParameters: ['variantId'],
          bodyArgument: 'body',
        },
      },
    ],
    [
      'gives an operation without parameters an empty object schema',
      {
        got: health?.parameters,
        want: { type: 'object', properties: {}, required: [], additionalProperties: false },
      },
    ],
  ];
  for (const [title, { got, want }] of cases) it(title, () => assert.deepEqual(got, want));

  it('produces schemas that serialize as JSON even when the contract has a cycle', () => {
    const { allToolsJson } = agentToolValues(model);
    const parsed = JSON.parse(allToolsJson) as { tools: unknown[]; baseUrl: string };
    assert.equal(parsed.tools.length, 2);
    assert.equal(parsed.baseUrl, 'http://127.0.0.1:18432/api/v1');
    assert.doesNotMatch(allToolsJson, /x-unverified/);
  });
});

describe('toPlainSchema', () => {
  const cases: [string, { given: Record<string, unknown>; want: unknown }][] = [
    [
      'drops vendor keywords',
      { given: { type: 'string', 'x-internal': true }, want: { type: 'string' } },
    ],
    [
      'turns x-unverified into a "Not confirmed" sentence of the description',
      {
        given: { type: 'string', description: 'Kind.', 'x-unverified': 'A guess.' },
        want: { type: 'string', description: 'Kind. Not confirmed: A guess.' },
      },
    ],
    [
      'keeps properties whose names start with x-',
      {
        given: { properties: { 'x-name': { type: 'string' } } },
        want: { properties: { 'x-name': { type: 'string' } } },
      },
    ],
    [
      'drops $schema and xml',
      { given: { $schema: 'x', xml: {}, type: 'object' }, want: { type: 'object' } },
    ],
  ];
  for (const [title, { given, want }] of cases)
    it(title, () => assert.deepEqual(toPlainSchema(given), want));

  it('cuts a cycle with an empty schema', () => {
    const node: Record<string, unknown> = { type: 'object' };
    node.properties = { self: node };
    assert.deepEqual(toPlainSchema(node), { type: 'object', properties: { self: {} } });
  });
});

describe('tool descriptions', () => {
  it('join a wrapped contract description into one line', async () => {
    const model = await fixtureModel();
    const operation = { ...model.operations[0]!, description: 'First line\nsecond  line.\n' };
    const [tool] = buildAgentTools({ ...model, operations: [operation] });
    assert.equal(tool?.description, 'Check health. First line second line.');
  });
});
