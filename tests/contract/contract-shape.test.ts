// Rules every operation of the contract follows, whatever SessionDock publishes: a valid
// OpenAPI 3.1 document, and responses the reference, the mock and the panel can all rely on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { validate, compileErrors } from '@readme/openapi-parser';
import {
  deref,
  doc,
  findOperation,
  getExamples,
  operationIds,
  type Node,
} from './contract-document.ts';
import { contractPath } from '../support/load-contract-model.ts';

describe('contract shape', () => {
  test('is valid OpenAPI 3.1 according to @readme/openapi-parser', async () => {
    const result = await validate(contractPath);
    assert.ok(result.valid, result.valid ? '' : compileErrors(result));
  });

  test('no two operations of one tag share a summary (the sidebar and search results name them)', () => {
    const seen = new Map<string, string>();
    for (const operationId of operationIds()) {
      const { operation } = findOperation(operationId);
      const key = `${String(operation.tags?.[0])} / ${String(operation.summary)}`;
      assert.equal(
        seen.get(key),
        undefined,
        `${operationId} and ${seen.get(key)} are both "${key}"`,
      );
      seen.set(key, operationId);
    }
  });

  for (const operationId of operationIds()) {
    test(`${operationId} gives every response a JSON schema, named examples and a status-matching error body`, () => {
      for (const [status, raw] of Object.entries(
        findOperation(operationId).operation.responses as Node,
      )) {
        const response = deref(raw as Node);
        const media = response.content?.['application/json'];
        assert.ok(media?.schema, `${status} has no JSON schema`);
        assert.equal(media.example, undefined, `${status} uses the singular example`);
        const examples = getExamples(response);
        assert.ok(examples.length > 0, `${status} has no named example`);
        for (const [key, example] of examples) {
          assert.ok(example.summary, `${status} ${key} has no summary`);
          assert.ok('value' in example, `${status} ${key} has no value`);
          if (Number(status) >= 400) {
            assert.equal(
              deref(media.schema),
              doc.components.schemas.ErrorEnvelope,
              `${status} is not an ErrorEnvelope`,
            );
            assert.equal(
              example.value.error.status,
              Number(status),
              `${status} ${key} repeats another status`,
            );
          }
        }
      }
    });
  }
});
