import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readShareFragment, SHARE_LIMIT_BYTES, toShareFragment, toShareUrl } from './share-link.ts';

const inputs = {
  values: {
    'param:path:id': 'session_123',
    'param:query:q': 'drums & bass',
    'param:query:limit': '',
  },
  body: '{\n  "tags": ["mix", "é"]\n}',
  example: 'replace',
};

test('a fragment carries non-empty parameters, the body and the example, and reads back the same', () => {
  const fragment = toShareFragment(inputs);
  assert.match(
    fragment,
    /^#try\?path\.id=session_123&query\.q=drums\+%26\+bass&example=replace&body=/,
  );
  assert.deepEqual(readShareFragment(fragment), {
    inputs: {
      values: { 'param:path:id': 'session_123', 'param:query:q': 'drums & bass' },
      body: inputs.body,
      example: 'replace',
    },
    from: 'link',
    ignored: [],
  });
});

test('names a link may not set (a token, a base URL, a target) are ignored and listed', () => {
  const read = readShareFragment(
    '#try?query.q=x&token=secret&baseUrl=http%3A%2F%2Fevil.example&target=app',
  );
  assert.ok(read && 'inputs' in read);
  assert.deepEqual(read.inputs.values, { 'param:query:q': 'x' });
  assert.deepEqual(read.ignored, ['token', 'baseUrl', 'target']);
});

test('a fragment that is not a shared request is not read', () => {
  assert.equal(readShareFragment('#response-200'), undefined);
  assert.equal(readShareFragment(''), undefined);
});

test('a link over the limit is refused when made and when opened', () => {
  const big = { values: {}, body: JSON.stringify({ notes: 'x'.repeat(SHARE_LIMIT_BYTES) }) };
  const made = toShareUrl('https://docs.example.com/docs/api-reference/sessions/x/?q=1#old', big);
  assert.ok('problem' in made);
  assert.match(made.problem, /too large for a link \(\d+\.\d kB/);
  const opened = readShareFragment(toShareFragment(big));
  assert.ok(opened && 'problem' in opened);
});

test('the URL is the page without its query or old fragment', () => {
  const made = toShareUrl('https://docs.example.com/docs/api-reference/sessions/x/?q=1#old', {
    values: { 'param:query:q': 'a' },
  });
  assert.deepEqual(made, {
    url: 'https://docs.example.com/docs/api-reference/sessions/x/#try?query.q=a',
  });
});

test('a history link says so', () => {
  const read = readShareFragment(toShareFragment({ values: {} }, 'history'));
  assert.ok(read && 'from' in read);
  assert.equal(read.from, 'history');
});
