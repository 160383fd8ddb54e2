import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSpecText } from '../../../tests/support/create-spec.ts';
import { loadContract } from './load-contract.ts';
import { toJsonModel } from './to-json-model.ts';

describe('toJsonModel', () => {
  it('serializes a model whose schema is recursive, cutting the cycle with a note', async () => {
    const model = await loadContract(
      createSpecText({
        components: {
          schemas: {
            Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } },
          },
        },
        paths: {
          '/n': {
            get: {
              responses: {
                200: {
                  description: 'A node',
                  content: {
                    'application/json': { schema: { $ref: '#/components/schemas/Node' } },
                  },
                },
              },
            },
          },
        },
      }),
      'inline.yaml',
    );
    const json = JSON.parse(toJsonModel(model));
    assert.deepEqual(json.operations[0].responses[0].content[0].schema, {
      type: 'object',
      properties: { next: { $comment: 'recursive: refers to an enclosing schema' } },
    });
  });

  it('keeps a schema that is shared but not recursive in every place it is used', async () => {
    const model = await loadContract(
      createSpecText({
        components: { schemas: { Id: { type: 'string' } } },
        paths: {
          '/p': {
            get: {
              responses: {
                200: {
                  description: 'Pair',
                  content: {
                    'application/json': {
                      schema: {
                        type: 'object',
                        properties: {
                          a: { $ref: '#/components/schemas/Id' },
                          b: { $ref: '#/components/schemas/Id' },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      }),
      'inline.yaml',
    );
    const json = JSON.parse(toJsonModel(model));
    assert.deepEqual(json.operations[0].responses[0].content[0].schema.properties, {
      a: { type: 'string' },
      b: { type: 'string' },
    });
  });

  it('writes the groups without their operations when asked, every operation still in operations', async () => {
    const model = await loadContract(
      createSpecText({
        paths: {
          '/a': { get: { tags: ['One'], responses: { 200: { description: 'A' } } } },
          '/b': { get: { tags: ['Two'], responses: { 200: { description: 'B' } } } },
        },
      }),
      'inline.yaml',
    );
    const json = JSON.parse(toJsonModel(model, { groupsWithoutOperations: true }));
    assert.deepEqual(
      json.groups.map((group: Record<string, unknown>) => [
        group.displayName,
        'operations' in group,
      ]),
      model.groups.map((group) => [group.displayName, false]),
    );
    assert.deepEqual(
      json.operations.map((operation: { path: string }) => operation.path),
      ['/a', '/b'],
    );
    assert.equal(JSON.parse(toJsonModel(model)).groups[0].operations.length, 1);
  });
});
