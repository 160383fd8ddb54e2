import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadContract } from '../openapi/load-contract.ts';
import type { JsonSchema } from '../openapi/model.ts';
import { buildAgentTools } from './build-agent-tools.ts';

const source = 'openapi/sessiondock.openapi.yaml';
const model = await loadContract(readFileSync(source, 'utf8'), source);
const tools = buildAgentTools(model);

/** Every description in a schema, with the path that leads to it. */
function descriptions(schema: unknown, path = ''): [string, string][] {
  if (schema === null || typeof schema !== 'object') return [];
  return Object.entries(schema).flatMap(([key, value]): [string, string][] =>
    key === 'description' && typeof value === 'string'
      ? [[path, value]]
      : descriptions(value, `${path}/${key}`),
  );
}

describe("agent tools carry the contract's hedges", () => {
  for (const operation of model.operations) {
    const tool = tools.find((candidate) => candidate.name === operation.id);
    for (const parameter of operation.parameters.filter(
      (p) => p.unverified && (p.in === 'path' || p.in === 'query'),
    )) {
      it(`${operation.id} says its ${parameter.name} assumption is not confirmed, in the contract's words`, () => {
        const property = (tool?.parameters.properties as Record<string, JsonSchema>)[
          parameter.name
        ];
        assert.equal(
          property?.description,
          `${parameter.description ?? ''} Not confirmed: ${parameter.unverified ?? ''}`.trim(),
        );
      });
    }
  }

  it('marks the assumed sort keys and limit range of listSessions', () => {
    const properties = tools.find((tool) => tool.name === 'listSessions')?.parameters
      .properties as Record<string, JsonSchema>;
    assert.match(String(properties.sort?.description), /Not confirmed: .*sort keys/);
    assert.match(String(properties.limit?.description), /Not confirmed: .*maximum of 200/);
  });

  it('hedges a request body field the contract marks unverified', () => {
    const hedged = tools
      .flatMap((tool) => descriptions(tool.parameters.properties, tool.name))
      .filter(([, text]) => text.includes('Not confirmed:'));
    const inBodies = hedged.filter(([path]) => path.includes('/body/'));
    assert.ok(inBodies.length > 0, 'some body field of a write tool carries its hedge');
  });

  it('never leaves an x-unverified keyword for a model to ignore', () => {
    assert.doesNotMatch(JSON.stringify(tools), /x-unverified/);
  });
});

describe('agent tool annotations', () => {
  const byName = new Map(tools.map((tool) => [tool.name, tool.annotations]));
  const cases: [string, { name: string; want: Record<string, boolean> }][] = [
    [
      'a read is read-only and idempotent',
      {
        name: 'getSession',
        want: {
          readOnlyHint: true,
          destructiveHint: false,
          idempotentHint: true,
          openWorldHint: false,
        },
      },
    ],
    [
      'a delete is destructive and idempotent',
      {
        name: 'deleteSession',
        want: {
          readOnlyHint: false,
          destructiveHint: true,
          idempotentHint: true,
          openWorldHint: false,
        },
      },
    ],
    [
      'a replace is destructive and idempotent',
      {
        name: 'replaceSessionTags',
        want: {
          readOnlyHint: false,
          destructiveHint: true,
          idempotentHint: true,
          openWorldHint: false,
        },
      },
    ],
    [
      'a patch is neither destructive nor idempotent',
      {
        name: 'patchSessionTags',
        want: {
          readOnlyHint: false,
          destructiveHint: false,
          idempotentHint: false,
          openWorldHint: false,
        },
      },
    ],
    [
      'an action is neither destructive nor idempotent',
      {
        name: 'openSession',
        want: {
          readOnlyHint: false,
          destructiveHint: false,
          idempotentHint: false,
          openWorldHint: false,
        },
      },
    ],
  ];
  for (const [title, { name, want }] of cases)
    it(title, () => assert.deepEqual(byName.get(name), want));
});
