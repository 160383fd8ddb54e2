/**
 * Generated bad inputs: for every operation that takes a body, broken JSON and bodies that each
 * break the schema one way all get the documented 400 envelope and leave the library unchanged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { listBodyViolations } from '../../mocks/reproduction/body-violations.ts';
import { exampleBody, jsonSchemaOf } from '../../mocks/selection/read-body.ts';
import { reproductionFor } from '../../mocks/reproduction/reproductions.ts';
import { toReproductionRequest } from '../../mocks/reproduction/reproduction-request.ts';
import { checkResponse } from '../support/check-response.ts';
import { API, createTestMock, librarySnapshot, model } from './support/mock-harness.ts';

const BROKEN_JSON: [string, string][] = [
  ['an unfinished object', '{"tags": ['],
  ['single quotes', "{'notes': 'x'}"],
  ['unquoted keys', '{notes: "x"}'],
  ['a trailing comma', '{"notes": "x",}'],
  ['plain text', 'notes=x'],
  ['an empty body', ''],
];

for (const operation of model.operations.filter((candidate) => candidate.requestBody)) {
  const schema = jsonSchemaOf(operation.requestBody!);
  const violations = schema ? listBodyViolations(schema, exampleBody(operation) ?? {}) : [];
  const cases: [string, string, string][] = [
    ...BROKEN_JSON.map(([name, text]): [string, string, string] => [name, text, 'invalid_json']),
    ...violations.map((violation): [string, string, string] => [
      violation.name,
      JSON.stringify(violation.body),
      'invalid_request',
    ]),
  ];

  describe(`${operation.id} with a bad body`, () => {
    it('has bad bodies generated for it', () =>
      assert.ok(violations.length > 0, 'no schema violations could be generated'));

    for (const [name, text, code] of cases) {
      it(`answers ${code} to ${name} and changes nothing`, async () => {
        const mock = createTestMock();
        const before = librarySnapshot(mock.store);
        const reproduction = {
          ...reproductionFor(operation, operation.responses[0]!.status)!,
          body: text,
        };
        const answer = await checkResponse(
          operation,
          await mock.fetch(toReproductionRequest(operation, reproduction, API)),
        );
        assert.equal(answer.status, 400);
        assert.deepEqual(answer.problems, []);
        assert.equal(answer.body.error.code, code);
        if (code === 'invalid_request')
          assert.match(answer.body.error.message, /^[\w[\]."]+ |^The request body /);
        assert.equal(librarySnapshot(mock.store), before);
      });
    }
  });
}
