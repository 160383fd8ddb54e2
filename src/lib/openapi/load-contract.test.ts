import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createSpecText } from '../../../tests/support/create-spec.ts';
import { ContractError } from './contract-error.ts';
import { loadContract } from './load-contract.ts';

const ok = { description: 'OK' };

describe('loadContract', () => {
  it('groups operations by their first tag, in the order the tags are declared', async () => {
    const model = await loadContract(
      createSpecText({
        tags: [{ name: 'b', 'x-displayName': 'Bees', description: 'All about b' }, { name: 'a' }],
        paths: {
          '/a': { get: { operationId: 'getA', tags: ['a'], responses: { 200: ok } } },
          '/b': { get: { operationId: 'getB', tags: ['b'], responses: { 200: ok } } },
        },
      }),
      'inline.yaml',
    );
    assert.deepEqual(
      model.groups.map((g) => [g.slug, g.displayName, g.description]),
      [
        ['b', 'Bees', 'All about b'],
        ['a', 'a', undefined],
      ],
    );
    assert.deepEqual(
      model.operations.map((o) => o.id),
      ['getB', 'getA'],
    );
  });

  it('lower-cases operation ids into slugs and derives ids for operations that have none', async () => {
    const model = await loadContract(
      createSpecText({
        paths: {
          '/health': { get: { operationId: 'getHealth', responses: { 200: ok } } },
          '/items/{id}': {
            delete: {
              parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
              responses: { 204: { description: 'Gone' } },
            },
          },
        },
      }),
      'inline.yaml',
    );
    assert.deepEqual(
      model.operations.map((o) => [o.group, o.slug, o.id]),
      [
        ['other', 'gethealth', 'getHealth'],
        ['other', 'delete-items-id', 'delete-items-id'],
      ],
    );
  });

  it('merges path-level parameters, letting the operation override by name and location', async () => {
    const model = await loadContract(
      createSpecText({
        paths: {
          '/s/{id}': {
            parameters: [
              {
                name: 'id',
                in: 'path',
                required: true,
                description: 'path level',
                schema: { type: 'string' },
              },
              { name: 'v', in: 'query', schema: { type: 'string' } },
            ],
            get: {
              parameters: [
                {
                  name: 'v',
                  in: 'query',
                  description: 'operation level',
                  example: 'x',
                  schema: { type: 'string' },
                },
              ],
              responses: { 200: ok },
            },
          },
        },
      }),
      'inline.yaml',
    );
    const parameters = model.operations[0]?.parameters ?? [];
    assert.deepEqual(
      parameters.map((p) => [
        p.name,
        p.in,
        p.required,
        p.description,
        p.example,
        p.style,
        p.explode,
      ]),
      [
        ['id', 'path', true, 'path level', undefined, 'simple', false],
        ['v', 'query', false, 'operation level', 'x', 'form', true],
      ],
    );
  });

  it('resolves $refs and keeps named examples, vendor marks and statuses in order', async () => {
    const model = await loadContract(
      createSpecText({
        components: {
          schemas: { Err: { type: 'object', properties: { code: { type: 'string' } } } },
          responses: {
            Missing: {
              description: 'Not found',
              'x-unverified': 'code not confirmed',
              content: {
                'application/json': {
                  schema: { $ref: '#/components/schemas/Err' },
                  examples: {
                    first: { summary: 'One', value: { code: 'a' } },
                    second: { value: { code: 'b' } },
                  },
                },
              },
            },
          },
        },
        paths: {
          '/x': {
            post: {
              'x-sessiondock-mode': 'full-automation',
              responses: { 404: { $ref: '#/components/responses/Missing' }, 201: ok },
            },
          },
        },
      }),
      'inline.yaml',
    );
    const operation = model.operations[0];
    assert.equal(operation?.mode, 'full-automation');
    assert.deepEqual(
      operation.responses.map((r) => r.status),
      ['201', '404'],
    );
    const missing = operation.responses[1];
    assert.equal(missing?.unverified, 'code not confirmed');
    assert.deepEqual(missing.content[0]?.schema, {
      type: 'object',
      properties: { code: { type: 'string' } },
    });
    assert.deepEqual(
      missing.content[0].examples.map((e) => [e.name, e.summary, e.value]),
      [
        ['first', 'One', { code: 'a' }],
        ['second', undefined, { code: 'b' }],
      ],
    );
  });

  it('applies document security unless the operation sets its own', async () => {
    const model = await loadContract(
      createSpecText({
        components: { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearerAuth: [] }],
        paths: {
          '/locked': { get: { responses: { 200: ok } } },
          '/open': { get: { security: [], responses: { 200: ok } } },
        },
      }),
      'inline.yaml',
    );
    assert.deepEqual(
      model.operations.map((o) => o.security),
      [
        [
          [
            {
              scheme: 'bearerAuth',
              type: 'http',
              httpScheme: 'bearer',
              in: undefined,
              parameterName: undefined,
              scopes: [],
            },
          ],
        ],
        [],
      ],
    );
  });

  it('keeps recursive schemas as cycles instead of failing', async () => {
    const model = await loadContract(
      createSpecText({
        components: {
          schemas: {
            Node: {
              type: 'object',
              properties: {
                children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
              },
            },
          },
        },
        paths: {
          '/tree': {
            get: {
              responses: {
                200: {
                  description: 'Tree',
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
    const schema = model.operations[0]?.responses[0]?.content[0]?.schema as {
      properties: { children: { items: unknown } };
    };
    assert.equal(schema.properties.children.items, schema);
  });

  for (const [name, { given, want }] of [
    [
      'a YAML syntax error, with file, line and column',
      { given: 'openapi: 3.1.0\ninfo: [unclosed\n', want: /broken\.yaml:3:1/ },
    ],
    [
      'a duplicated key, with file, line and column',
      {
        given: 'openapi: 3.1.0\nopenapi: 3.0.3\n',
        want: /broken\.yaml:2:1: Map keys must be unique/,
      },
    ],
    [
      'an alias that expands past the limit',
      {
        given: `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n`,
        want: /Excessive alias count/,
      },
    ],
    [
      'a document that is not OpenAPI 3',
      { given: 'swagger: "2.0"\n', want: /"openapi" must be a 3\.0\.x or 3\.1\.x version/ },
    ],
    [
      'a missing required field, with the parser message',
      {
        given: 'openapi: 3.1.0\ninfo:\n  version: "1"\npaths: {}\n',
        want: /must have required property 'title'/,
      },
    ],
    [
      'a $ref to nothing',
      {
        given: createSpecText({
          paths: { '/x': { get: { responses: { 200: { $ref: '#/components/responses/Nope' } } } } },
        }),
        want: /Nope/,
      },
    ],
  ] as const) {
    it(`fails on ${name}`, async () => {
      await assert.rejects(loadContract(given, 'broken.yaml'), (error: unknown) => {
        assert.ok(error instanceof ContractError);
        assert.match(error.message, /Invalid OpenAPI contract broken\.yaml/);
        assert.match(error.message, want);
        return true;
      });
    });
  }
});
