import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadContractModel } from '../support/load-contract-model.ts';

const model = await loadContractModel();

describe('error examples', () => {
  for (const operation of model.operations) {
    for (const response of operation.responses.filter((r) => Number(r.status) >= 400)) {
      for (const example of response.content.flatMap((media) => media.examples)) {
        const code = (example.value as { error?: { code?: string } }).error?.code;
        it(`${operation.id} ${response.status} ${code} says what it means and what to do`, () => {
          assert.ok(code, 'an error example carries error.code');
          assert.ok(
            (example.description ?? '').length > 40,
            `example ${example.name} needs a description`,
          );
        });
      }
    }
  }
});
