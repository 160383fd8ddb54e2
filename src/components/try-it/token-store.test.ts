import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTokenStore } from './token-store.ts';

function fakeStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('createTokenStore', () => {
  it('keeps the token in memory only until the reader opts in', () => {
    const storage = fakeStorage();
    const store = createTokenStore(storage);
    store.set('secret-1');
    assert.equal(store.get(), 'secret-1');
    assert.equal(storage.items.size, 0);
    store.setRemembered(true);
    assert.deepEqual([...storage.items.values()], ['secret-1']);
  });

  it('restores a remembered token in a new page of the same tab', () => {
    const storage = fakeStorage();
    const first = createTokenStore(storage);
    first.setRemembered(true);
    first.set('secret-2');
    const next = createTokenStore(storage);
    assert.deepEqual([next.get(), next.remembered()], ['secret-2', true]);
  });

  it('forgets the token everywhere', () => {
    const storage = fakeStorage();
    const store = createTokenStore(storage);
    store.setRemembered(true);
    store.set('secret-3');
    store.forget();
    assert.deepEqual([store.get(), store.remembered(), storage.items.size], ['', false, 0]);
  });

  it('works when storage throws', () => {
    const store = createTokenStore({
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {},
    });
    store.setRemembered(true);
    store.set('secret-4');
    assert.equal(store.get(), 'secret-4');
  });
});
