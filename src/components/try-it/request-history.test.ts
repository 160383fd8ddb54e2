import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  addToHistory,
  clearHistory,
  HISTORY_BODY_LIMIT_BYTES,
  HISTORY_LIMIT,
  keepableBody,
  readHistory,
  removeFromHistory,
  type HistoryEntry,
} from './request-history.ts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

const entry = (id: string): HistoryEntry => ({
  id,
  at: '2026-12-01T09:00:00.000Z',
  operationId: 'listSessions',
  method: 'GET',
  path: '/sessions',
  pagePath: '/docs/api-reference/sessions/listsessions/',
  target: 'mock',
  status: 200,
  outcome: '200 OK',
  durationMs: 3,
  inputs: { values: {} },
  responseBody: '{}',
});

test(`keeps the newest ${HISTORY_LIMIT} requests, newest first`, () => {
  const storage = memoryStorage();
  for (let index = 0; index < HISTORY_LIMIT + 5; index += 1)
    addToHistory(entry(`r${index}`), storage);
  const ids = readHistory(storage).map((kept) => kept.id);
  assert.equal(ids.length, HISTORY_LIMIT);
  assert.equal(ids[0], `r${HISTORY_LIMIT + 4}`);
  assert.equal(ids.at(-1), 'r5');
});

test('one request is deleted, then all are cleared', () => {
  const storage = memoryStorage();
  addToHistory(entry('a'), storage);
  addToHistory(entry('b'), storage);
  assert.deepEqual(
    removeFromHistory('a', storage).map((kept) => kept.id),
    ['b'],
  );
  clearHistory(storage);
  assert.deepEqual(readHistory(storage), []);
});

test('a body over 64 KB is not kept, and the entry says why; a binary body neither', () => {
  assert.deepEqual(keepableBody('x'.repeat(HISTORY_BODY_LIMIT_BYTES)), {
    responseBody: 'x'.repeat(HISTORY_BODY_LIMIT_BYTES),
  });
  const large = keepableBody('é'.repeat(HISTORY_BODY_LIMIT_BYTES / 2 + 1));
  assert.equal(large.responseBody, undefined);
  assert.match(large.bodyNote ?? '', /over the 64 KB/);
  assert.match(keepableBody(undefined).bodyNote ?? '', /binary/);
});

test('malformed stored data reads as an empty history', () => {
  const storage = memoryStorage();
  storage.setItem('sessiondock-docs:history', '{"not": "a list"}');
  assert.deepEqual(readHistory(storage), []);
  storage.setItem('sessiondock-docs:history', JSON.stringify([{ id: 1 }, entry('ok')]));
  assert.deepEqual(
    readHistory(storage).map((kept) => kept.id),
    ['ok'],
  );
});
