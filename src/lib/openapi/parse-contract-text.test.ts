import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { parseContractText } from './parse-contract-text.ts';

describe('parseContractText', () => {
  for (const file of [
    'openapi/sessiondock.openapi.yaml',
    'tests/fixtures/contracts/combined.yaml',
    'tests/fixtures/contracts/petstore-3.0.yaml',
  ]) {
    it(`reads ${file} as the yaml library does, key order included`, () => {
      const text = readFileSync(file, 'utf8');
      assert.equal(JSON.stringify(parseContractText(text, file)), JSON.stringify(parse(text)));
    });
  }

  it('keeps the core schema: dates, yes/no and octal-looking values stay what YAML 1.2 says', () => {
    const text = 'openapi: 3.1.0\nexample: 2026-12-01\nflag: yes\nmode: 0755\nnothing: ~\n';
    const value = parseContractText(text, 'inline.yaml');
    assert.deepEqual(value, parse(text));
    assert.deepEqual(value, {
      openapi: '3.1.0',
      example: '2026-12-01',
      flag: 'yes',
      mode: 755,
      nothing: null,
    });
  });

  it('reads a contract with anchors and aliases', () => {
    const value = parseContractText(
      'openapi: 3.1.0\nshared: &tag { type: string }\nuses: [*tag, *tag]\n',
      'inline.yaml',
    );
    assert.deepEqual(value.uses, [{ type: 'string' }, { type: 'string' }]);
  });
});
