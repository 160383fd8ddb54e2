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

describe('toJsonModel without prose', () => {
  it('drops the descriptions only pages show, keeps those of responses and examples, and never a property named description', async () => {
    const model = await loadContract(
      createSpecText({
        paths: {
          '/notes': {
            post: {
              description: 'Adds a note.',
              parameters: [
                { name: 'q', in: 'query', description: 'A filter.', schema: { type: 'string' } },
              ],
              requestBody: {
                description: 'The note.',
                content: {
                  'application/json': {
                    schema: {
                      type: 'object',
                      description: 'A note.',
                      properties: {
                        description: { type: 'string', description: 'What the note says.' },
                      },
                    },
                    examples: {
                      plain: { description: 'A plain note.', value: { description: 'Kick' } },
                    },
                  },
                },
              },
              responses: { 201: { description: 'Created' } },
            },
          },
        },
      }),
      'inline.yaml',
    );
    const json = JSON.parse(toJsonModel(model, { withoutProse: true }));
    const [operation] = json.operations;
    assert.equal(operation.description, undefined);
    assert.equal(operation.parameters[0].description, undefined);
    assert.equal(operation.requestBody.description, undefined);
    const [mediaType] = operation.requestBody.content;
    assert.deepEqual(mediaType.schema, {
      type: 'object',
      properties: { description: { type: 'string' } },
    });
    assert.equal(mediaType.examples[0].description, 'A plain note.');
    assert.deepEqual(mediaType.examples[0].value, { description: 'Kick' });
    assert.equal(operation.responses[0].description, 'Created');
  });
});
