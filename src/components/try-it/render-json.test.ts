import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonTokenSpans, prettyJson } from './render-json.ts';

/** The text of each coloured token, by kind. */
function tokens(pretty: string): Record<string, string[]> {
  return Object.fromEntries(
    [...jsonTokenSpans(pretty)].map(([kind, spans]) => [
      kind,
      spans.map(([start, end]) => pretty.slice(start, end)),
    ]),
  );
}

describe('jsonTokenSpans', () => {
  it('colours keys without their colon, strings, numbers and literals, and no punctuation', () => {
    const pretty = prettyJson(
      '{"name":"Drums: take \\"2\\"","bpm":-92.5e1,"ok":true,"x":null,"list":[1,false]}',
    );
    assert.ok(pretty);
    assert.deepEqual(tokens(pretty), {
      key: ['"name"', '"bpm"', '"ok"', '"x"', '"list"'],
      string: ['"Drums: take \\"2\\""'],
      literal: ['true', 'null', 'false'],
      number: ['-925', '1'],
    });
  });

  it('leaves a body that is not JSON uncoloured', () => {
    assert.equal(prettyJson('<html>not json</html>'), undefined);
  });
});
