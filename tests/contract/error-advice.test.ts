import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';

const source = 'openapi/sessiondock.openapi.yaml';
const model = await loadContract(readFileSync(source, 'utf8'), source);

describe('error examples', () => {
  for (const operation of model.operations) {
    for (const response of operation.responses.filter((r) => Number(r.status) >= 400)) {
      for (const example of response.content.flatMap((media) => media.examples)) {
        const code = (example.value as { error?: { code?: string } }).error?.code;
        it(`${operation.id} ${response.status} ${code} says what it means and what to do`, () => {
          assert.ok(code, 'an error example carries error.code');
          assert.ok((example.description ?? '').length > 40, `example ${example.name} needs a description`);
        });
      }
    }
  }
});
