import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BoundedCache } from './bounded-cache.ts';

describe('BoundedCache', () => {
  it('returns what was kept', () => {
    const cache = new BoundedCache(100);
    cache.set('a', 'alpha');
    assert.equal(cache.get('a'), 'alpha');
    assert.equal(cache.get('b'), undefined);
  });

  it('forgets the least recently used entries once keys and values pass the limit', () => {
    const cache = new BoundedCache(12);
    cache.set('a', 'xxxxx'); // 6
    cache.set('b', 'yyyyy'); // 12
    assert.equal(cache.get('a'), 'xxxxx'); // a is now the most recent
    cache.set('c', 'zzzzz'); // 18 > 12: b goes
    assert.equal(cache.get('b'), undefined);
    assert.equal(cache.get('a'), 'xxxxx');
    assert.equal(cache.get('c'), 'zzzzz');
    assert.equal(cache.length, 12);
  });

  it('never keeps an entry larger than the whole limit, and replacing a key counts it once', () => {
    const cache = new BoundedCache(10);
    cache.set('big', 'x'.repeat(20));
    assert.equal(cache.get('big'), undefined);
    cache.set('k', 'one');
    cache.set('k', 'three');
    assert.equal(cache.get('k'), 'three');
    assert.equal(cache.length, 6);
  });
});
