import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { diagnoseResponse } from '../../src/components/try-it/diagnose-response.ts';
import { findErrorAdvice } from '../../src/lib/agent-tools/find-error-advice.ts';
import { model } from './mcp-model.ts';

describe('findErrorAdvice gives the advice the try-it panel shows', () => {
  for (const operation of model.operations) {
    for (const response of operation.responses.filter(
      (candidate) => Number(candidate.status) >= 400,
    )) {
      for (const example of response.content.flatMap((media) => media.examples)) {
        const code = (example.value as { error?: { code?: string } }).error?.code;
        it(`${operation.id} ${response.status} ${code ?? '(no code)'}`, () => {
          const panel = diagnoseResponse(
            operation,
            Number(response.status),
            JSON.stringify(example.value),
          );
          const advice = findErrorAdvice(operation, Number(response.status), code);
          assert.ok(advice, 'every documented error has advice');
          assert.equal(advice, panel?.details[0]?.trim());
        });
      }
    }
  }

  it('falls back to the response description for a code the contract does not document', () => {
    const operation = model.operations.find((candidate) =>
      candidate.responses.some((response) => response.status === '404'),
    );
    assert.ok(operation);
    const response = operation.responses.find((candidate) => candidate.status === '404');
    assert.equal(findErrorAdvice(operation, 404, 'some_new_code'), response?.description.trim());
  });
});
