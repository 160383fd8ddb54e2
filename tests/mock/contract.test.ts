/**
 * Generated from the contract: every operation × every documented response (each named example),
 * reached twice on a fresh mock, once the way the reproduction data says (token, body, state,
 * unknown id) and once with `Prefer`; each answer is checked against the contract with Ajv.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonMediaOf, exampleErrorCode } from '../../mocks/selection/operation-responses.ts';
import { toReproductionRequest } from '../../mocks/reproduction/reproduction-request.ts';
import { reproductionFor } from '../../mocks/reproduction/reproductions.ts';
import { checkResponse } from '../support/check-response.ts';
import { API, createTestMock, model } from './support/mock-harness.ts';

/** Statuses the mock produces from the request or the state (for the first example of each error code), never needing Prefer. */
const SEMANTIC = new Set(['401', '403', '404', '501']);

for (const operation of model.operations) {
  describe(operation.id, () => {
    for (const response of operation.responses) {
      const examples = jsonMediaOf(response)?.examples ?? [];
      for (const example of examples.length > 0 ? examples : [undefined]) {
        const label = `${response.status}${example && examples.length > 1 ? ` (${example.name})` : ''}`;

        it(`reproduces ${label} from the request and the state`, async () => {
          const reproduction = reproductionFor(operation, response.status, example?.name);
          assert.ok(reproduction, 'no reproduction recorded');
          const firstOfItsCode = examples.find((candidate) => exampleErrorCode(candidate) === exampleErrorCode(example));
          if (SEMANTIC.has(response.status) && example === firstOfItsCode || example === examples[0] && /^2/.test(response.status)) {
            assert.equal(reproduction.prefer, undefined, `needs Prefer: ${reproduction.summary}`);
          }
          const mock = createTestMock(reproduction.state);
          const answer = await checkResponse(operation, await mock.fetch(toReproductionRequest(operation, reproduction, API)));
          assert.equal(answer.status, Number(response.status), `${reproduction.summary} → ${JSON.stringify(answer.body)}`);
          assert.deepEqual(answer.problems, []);
          const code = exampleErrorCode(example);
          if (code) assert.equal(answer.body?.error?.code, code);
        });

        it(`answers ${label} to Prefer with the documented example`, async () => {
          const prefer = `code=${response.status}${example ? `, example=${example.name}` : ''}`;
          const reproduction = { ...reproductionFor(operation, operation.responses[0]!.status)!, prefer };
          const mock = createTestMock();
          const answer = await checkResponse(operation, await mock.fetch(toReproductionRequest(operation, reproduction, API)));
          assert.equal(answer.status, Number(response.status));
          assert.deepEqual(answer.problems, []);
          if (example) assert.deepEqual(answer.body, example.value);
        });
      }
    }

    it('refuses a Prefer code the operation does not document, listing the documented ones', async () => {
      const reproduction = { ...reproductionFor(operation, operation.responses[0]!.status)!, prefer: 'code=418' };
      const answer = await createTestMock().fetch(toReproductionRequest(operation, reproduction, API));
      const body = await answer.json() as { error: { code: string; message: string } };
      assert.equal(answer.status, 422);
      assert.equal(body.error.code, 'prefer_not_documented');
      for (const documented of operation.responses) assert.match(body.error.message, new RegExp(`\\b${documented.status}\\b`));
    });
  });
}
