/**
 * Generated from the contract: every operation × every documented response (each named example),
 * reached twice on a fresh mock, once the way the reproduction data says (token, body, state,
 * unknown id) and once with `Prefer`; each answer is checked against the contract with Ajv.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import type { PreferReason } from '../../mocks/reproduction/reproduction.ts';
import {
  exampleErrorCode,
  jsonMediaOf,
  successStatus,
} from '../../mocks/selection/operation-responses.ts';
import { toReproductionRequest } from '../../mocks/reproduction/reproduction-request.ts';
import { reproductionFor } from '../../mocks/reproduction/reproductions.ts';
import { checkResponse } from '../support/check-response.ts';
import type { ExampleModel, OperationModel } from '../../src/lib/openapi/model.ts';
import { API, createTestMock, model } from './support/mock-harness.ts';

/** Statuses the mock's rules produce from the request or the state (the first example of each error code), never needing Prefer. */
const RULE_STATUSES = new Set(['400', '401', '403', '404', '501']);

/** Why this response should need Prefer, from the contract alone (undefined: it must not). */
function expectedPreferReason(
  operation: OperationModel,
  status: string,
  examples: readonly ExampleModel[],
  example: ExampleModel | undefined,
): PreferReason[] {
  if (!example || example === examples[0])
    return RULE_STATUSES.has(status) || status === successStatus(operation) ? [] : ['no-rule'];
  if (status === successStatus(operation)) return ['success-without-scene'];
  const firstOfItsCode = examples.find(
    (candidate) => exampleErrorCode(candidate) === exampleErrorCode(example),
  );
  if (firstOfItsCode !== example) return ['later-example-of-its-code'];
  return RULE_STATUSES.has(status) ? [] : ['no-rule'];
}

for (const operation of model.operations) {
  describe(operation.id, () => {
    for (const response of operation.responses) {
      const examples = jsonMediaOf(response)?.examples ?? [];
      for (const example of examples.length > 0 ? examples : [undefined]) {
        const label = `${response.status}${example && examples.length > 1 ? ` (${example.name})` : ''}`;

        it(`reproduces ${label} from the request and the state`, async () => {
          const reproduction = reproductionFor(operation, response.status, example?.name);
          assert.ok(reproduction, 'no reproduction recorded');
          assert.equal(
            reproduction.prefer === undefined,
            reproduction.preferReason === undefined,
            `Prefer without its reason, or a reason without Prefer: ${reproduction.summary}`,
          );
          // A success example with a scene needs no Prefer even where its reason would allow one.
          const allowed = expectedPreferReason(operation, response.status, examples, example);
          if (reproduction.preferReason !== undefined)
            assert.ok(
              allowed.includes(reproduction.preferReason),
              `needs Prefer (${reproduction.preferReason}) where the contract says it should not: ${reproduction.summary}`,
            );
          else if (response.status !== successStatus(operation))
            assert.deepEqual(allowed, [], `reaches ${label} without Prefer where nothing should`);
          const mock = createTestMock(reproduction.state);
          const answer = await checkResponse(
            operation,
            await mock.fetch(toReproductionRequest(operation, reproduction, API)),
          );
          assert.equal(
            answer.status,
            Number(response.status),
            `${reproduction.summary} → ${JSON.stringify(answer.body)}`,
          );
          assert.deepEqual(answer.problems, []);
          const code = exampleErrorCode(example);
          if (code) assert.equal(answer.body?.error?.code, code);
        });

        const byPrefer = reproductionFor(operation, response.status, example?.name);
        if (byPrefer?.prefer)
          it(`needs Prefer for ${label}: without it the mock gives another answer`, async () => {
            const { prefer: _, ...withoutPrefer } = byPrefer;
            const reproduction = byPrefer;
            const answer = await createTestMock(reproduction.state).fetch(
              toReproductionRequest(operation, withoutPrefer, API),
            );
            const body: unknown = await answer.json();
            const same =
              answer.status === Number(response.status) && isDeepStrictEqual(body, example?.value);
            assert.ok(
              !same,
              `the mock gives ${label} without Prefer, yet its reproduction sends one (${reproduction.preferReason})`,
            );
          });

        it(`answers ${label} to Prefer with the documented example`, async () => {
          const prefer = `code=${response.status}${example ? `, example=${example.name}` : ''}`;
          const reproduction = {
            ...reproductionFor(operation, operation.responses[0]!.status)!,
            prefer,
          };
          const mock = createTestMock();
          const answer = await checkResponse(
            operation,
            await mock.fetch(toReproductionRequest(operation, reproduction, API)),
          );
          assert.equal(answer.status, Number(response.status));
          assert.deepEqual(answer.problems, []);
          if (example) assert.deepEqual(answer.body, example.value);
        });
      }
    }

    it('refuses a Prefer code the operation does not document, listing the documented ones', async () => {
      const reproduction = {
        ...reproductionFor(operation, operation.responses[0]!.status)!,
        prefer: 'code=418',
      };
      const answer = await createTestMock().fetch(
        toReproductionRequest(operation, reproduction, API),
      );
      const body = (await answer.json()) as { error: { code: string; message: string } };
      assert.equal(answer.status, 422);
      assert.equal(body.error.code, 'prefer_not_documented');
      for (const documented of operation.responses)
        assert.match(body.error.message, new RegExp(`\\b${documented.status}\\b`));
    });
  });
}
