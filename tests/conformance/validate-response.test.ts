import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';
import { checkEnvelope, validateResponse } from '../../tools/conformance/validate-response.ts';
import { createSpecText } from '../support/create-spec.ts';

const envelope = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['status', 'code', 'message'],
      properties: {
        status: { type: 'integer' },
        code: { type: 'string' },
        message: { type: 'string' },
      },
    },
  },
};
const model = await loadContract(
  createSpecText({
    paths: {
      '/things/{id}': {
        get: {
          operationId: 'getThing',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            '200': {
              description: 'A thing',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['data'],
                    properties: {
                      data: {
                        type: 'object',
                        properties: { when: { type: 'string', format: 'date-time' } },
                      },
                    },
                  },
                },
              },
            },
            '4XX': {
              description: 'A refusal',
              content: { 'application/json': { schema: envelope } },
            },
          },
        },
      },
    },
  }),
  'inline',
);
const operation = model.operations[0]!;

describe('validateResponse', () => {
  const CASES: Array<
    [string, { status: number; contentType: string; text: string; want: Array<[RegExp, string?]> }]
  > = [
    [
      'accepts a documented answer',
      {
        status: 200,
        contentType: 'application/json; charset=utf-8',
        text: '{"data":{"when":"2026-11-20T12:00:00Z"}}',
        want: [],
      },
    ],
    [
      'checks formats',
      {
        status: 200,
        contentType: 'application/json',
        text: '{"data":{"when":"yesterday"}}',
        want: [
          [
            /^body\/data\/when must match format "date-time"$/,
            '#/paths/~1things~1{id}/get/responses/200/content/application~1json/schema/properties/data/properties/when/format',
          ],
        ],
      },
    ],
    [
      'names an undocumented status and where the statuses are',
      {
        status: 500,
        contentType: 'application/json',
        text: '{"error":{"status":500,"code":"x","message":"y"}}',
        want: [
          [
            /^500 is not documented for getThing \(documents 200, 4XX\)$/,
            '#/paths/~1things~1{id}/get/responses',
          ],
        ],
      },
    ],
    [
      'matches a status range',
      {
        status: 404,
        contentType: 'application/json',
        text: '{"error":{"status":404,"code":"not_found","message":"gone"}}',
        want: [],
      },
    ],
    [
      'names an undocumented content type',
      {
        status: 200,
        contentType: 'text/html',
        text: '<p>hi</p>',
        want: [
          [/^body is not JSON/],
          [
            /^content type "text\/html" is not documented for 200 \(documents application\/json\)$/,
            '#/paths/~1things~1{id}/get/responses/200/content',
          ],
        ],
      },
    ],
  ];
  for (const [name, { status, contentType, text, want }] of CASES) {
    it(name, () => {
      const { problems } = validateResponse(operation, { status, contentType, text });
      assert.equal(problems.length, want.length, JSON.stringify(problems));
      want.forEach(([message, schemaPath], index) => {
        assert.match(problems[index]!.message, message);
        assert.equal(problems[index]!.schemaPath, schemaPath);
      });
    });
  }
});

describe('checkEnvelope', () => {
  const CASES: Array<[string, { body: unknown; status: number; want: string[] }]> = [
    [
      'accepts the published envelope',
      {
        body: { error: { status: 404, code: 'not_found', message: 'session not found' } },
        status: 404,
        want: [],
      },
    ],
    [
      'reports a missing field',
      {
        body: { error: { status: 404, code: 'not_found' } },
        status: 404,
        want: ['error envelope: error.message is missing'],
      },
    ],
    [
      'reports a field of the wrong type',
      {
        body: { error: { status: '404', code: 'not_found', message: 'x' } },
        status: 404,
        want: ['error envelope: error.status is not a number'],
      },
    ],
    [
      'reports a status that is not the HTTP status',
      {
        body: { error: { status: 400, code: 'x', message: 'y' } },
        status: 404,
        want: ['error envelope: error.status is 400, the HTTP status is 404'],
      },
    ],
    [
      'reports a body without an error object',
      {
        body: { message: 'nope' },
        status: 500,
        want: ['error envelope: the body has no "error" object'],
      },
    ],
  ];
  for (const [name, { body, status, want }] of CASES) {
    it(name, () =>
      assert.deepEqual(
        checkEnvelope(body, status).map((problem) => problem.message),
        want,
      ),
    );
  }
});
