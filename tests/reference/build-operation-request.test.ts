import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSpecText } from '../support/create-spec.ts';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';
import type { OperationModel } from '../../src/lib/openapi/model.ts';
import { toSchemaTree } from '../../src/lib/reference/schema-tree.ts';
import { buildOperationRequest } from '../../src/lib/snippets/build-operation-request.ts';
import { buildSnippets } from '../../src/lib/snippets/build-snippets.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

async function operationOf(partial: Record<string, unknown>): Promise<OperationModel> {
  const model = await loadContract(createSpecText(partial), 'inline.yaml');
  const operation = model.operations[0];
  assert.ok(operation);
  return operation;
}

const BEARER = {
  components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
  security: [{ bearerAuth: [] }],
};

describe('buildOperationRequest', () => {
  it('uses the documented server, path examples encoded, and the bearer token header from the product’s variable', async () => {
    const operation = await operationOf({
      ...BEARER,
      servers: [{ url: 'http://127.0.0.1:18432/api/v1' }, { url: 'https://other.test' }],
      paths: {
        '/sessions/{id}': {
          get: {
            parameters: [
              {
                name: 'id',
                in: 'path',
                required: true,
                example: 'a b/ü',
                schema: { type: 'string' },
              },
            ],
            responses: { 200: { description: 'OK' } },
          },
        },
      },
    });
    assert.deepEqual(
      buildOperationRequest(operation, undefined, {
        tokenVariable: 'SESSIONDOCK_TOKEN',
        tokenLabel: 'Local API token',
      }),
      {
        method: 'GET',
        url: 'http://127.0.0.1:18432/api/v1/sessions/a%20b%2F%C3%BC',
        headers: [['Authorization', 'Bearer SESSIONDOCK_TOKEN']],
        secrets: [
          {
            in: 'header',
            name: 'Authorization',
            prefix: 'Bearer ',
            variable: 'SESSIONDOCK_TOKEN',
            holds: 'your Local API token',
          },
        ],
      },
    );
  });

  it('serializes documented query, header and cookie parameters and leaves undocumented optional ones out', async () => {
    const operation = await operationOf({
      paths: {
        '/s': {
          get: {
            parameters: [
              {
                name: 'tag',
                in: 'query',
                example: ['a', 'b c'],
                schema: { type: 'array', items: { type: 'string' } },
              },
              {
                name: 'sort',
                in: 'query',
                explode: false,
                example: ['x', 'y'],
                schema: { type: 'array', items: { type: 'string' } },
              },
              {
                name: 'filter',
                in: 'query',
                style: 'deepObject',
                example: { kind: 'cat' },
                schema: { type: 'object' },
              },
              { name: 'limit', in: 'query', schema: { type: 'integer' } },
              { name: 'X-Trace', in: 'header', example: 't-1', schema: { type: 'string' } },
              { name: 'session', in: 'cookie', example: 'v 1', schema: { type: 'string' } },
            ],
            responses: { 200: { description: 'OK' } },
          },
        },
      },
    });
    const request = buildOperationRequest(operation);
    assert.equal(request.url, 'http://localhost/s?tag=a&tag=b%20c&sort=x%2Cy&filter%5Bkind%5D=cat');
    assert.deepEqual(request.headers, [
      ['X-Trace', 't-1'],
      ['Cookie', 'session=v%201'],
    ]);
  });

  it('sends the first request body example as compact JSON with its media type', async () => {
    const operation = await operationOf({
      paths: {
        '/s': {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  examples: { first: { value: { title: "it's" } }, second: { value: {} } },
                },
              },
            },
            responses: { 201: { description: 'Created' } },
          },
        },
      },
    });
    const request = buildOperationRequest(operation);
    assert.equal(request.body, '{"title":"it\'s"}');
    assert.deepEqual(request.headers, [['Content-Type', 'application/json']]);
  });

  it('builds a body from the schema when the contract gives no example', async () => {
    const operation = await operationOf({
      paths: {
        '/s': {
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['name', 'id'],
                    properties: {
                      id: { type: 'string', readOnly: true },
                      name: { type: 'string' },
                      kind: { enum: ['cat'] },
                      tags: { type: 'array', items: { type: 'string' } },
                    },
                  },
                },
              },
            },
            responses: { 201: { description: 'Created' } },
          },
        },
      },
    });
    assert.equal(buildOperationRequest(operation).body, '{"name":"string"}');
  });

  it('puts an API key where the security scheme says', async () => {
    const operation = await operationOf({
      components: { securitySchemes: { key: { type: 'apiKey', in: 'query', name: 'api_key' } } },
      security: [{ key: [] }],
      paths: { '/s': { get: { responses: { 200: { description: 'OK' } } } } },
    });
    assert.equal(buildOperationRequest(operation).url, 'http://localhost/s?api_key=API_KEY');
  });
});

describe('an OpenAPI 3.0 contract', () => {
  it('gives every operation a schema tree, a request and code samples', async () => {
    const model = await loadContractModel('tests/fixtures/contracts/petstore-3.0.yaml');
    assert.deepEqual(
      model.operations.map((operation) => operation.id),
      ['showPet', 'post-pets-petid'],
    );
    const [show, create] = model.operations;
    assert.ok(show && create);
    const pet = toSchemaTree(show.responses[0]?.content[0]?.schema ?? {});
    assert.deepEqual(
      pet.children.map((child) => [child.name, child.nullable, child.required]),
      [
        ['id', false, true],
        ['name', false, true],
        ['tag', true, false],
        ['weight', false, false],
      ],
    );
    assert.deepEqual(pet.children[3]?.constraints, ['minimum 0', 'minimum is exclusive']);
    const { secrets, ...request } = buildOperationRequest(show);
    assert.deepEqual(request, {
      method: 'GET',
      url: 'http://localhost/pets/0?fields=name%2Ctag',
      headers: [['X-Api-Key', 'API_KEY']],
    });
    assert.deepEqual(
      secrets?.map((secret) => secret.variable),
      ['API_KEY'],
    );
    assert.equal(buildOperationRequest(create).body, '{"name":"Tom"}');
    assert.equal(buildSnippets(buildOperationRequest(create)).length, 6);
  });
});
