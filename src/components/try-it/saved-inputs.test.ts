import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forgetInputs, readSavedInputs, saveInputs } from './saved-inputs.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  items: Map<string, string>;
} {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

test('inputs saved for one operation come back for it alone, and go when forgotten', () => {
  const storage = memoryStorage();
  saveInputs('listSessions', { values: { 'param:query:q': 'drums' }, body: undefined }, storage);
  assert.deepEqual(readSavedInputs('listSessions', storage), {
    values: { 'param:query:q': 'drums' },
  });
  assert.equal(readSavedInputs('getHealth', storage), undefined);
  forgetInputs('listSessions', storage);
  assert.equal(readSavedInputs('listSessions', storage), undefined);
});

for (const [name, raw] of [
  ['not JSON', '{'],
  ['no values', '{"body": "{}"}'],
  ['values that are not an object', '{"values": 3}'],
] as const) {
  test(`stored data that is ${name} is ignored`, () => {
    const storage = memoryStorage();
    storage.setItem('sessiondock-docs:inputs:createSession', raw);
    assert.equal(readSavedInputs('createSession', storage), undefined);
  });
}

test('only string values and a string body are read back', () => {
  const storage = memoryStorage();
  storage.setItem(
    'sessiondock-docs:inputs:createSession',
    JSON.stringify({
      values: { 'param:path:id': 'session_123', 'param:query:x': 4 },
      body: { not: 'text' },
      example: 'minimal',
    }),
  );
  assert.deepEqual(readSavedInputs('createSession', storage), {
    values: { 'param:path:id': 'session_123' },
    example: 'minimal',
  });
});

test('a storage that refuses to write loses nothing else', () => {
  const refusing = {
    getItem: () => null,
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
    removeItem: () => {},
  };
  assert.doesNotThrow(() => saveInputs('listSessions', { values: {} }, refusing));
});
