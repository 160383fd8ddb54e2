import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

/** A page that paints a frame only when told, and can be left. */
const frames: Array<() => void> = [];
const page = new EventTarget();
Object.assign(globalThis, {
  requestAnimationFrame: (callback: () => void) => frames.push(callback),
  addEventListener: page.addEventListener.bind(page),
});
const { deferredStorage } = await import('./deferred-storage.ts');
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A storage that records every write. */
function recordingStorage() {
  const items = new Map<string, string>();
  const writes: string[] = [];
  return {
    items,
    writes,
    getItem: (key: string) => items.get(key) ?? null,
    setItem(key: string, value: string) {
      writes.push(value);
      items.set(key, value);
    },
  };
}

describe('deferredStorage', () => {
  it('writes once after the frame, the last value, and reads it back before that', async () => {
    const storage = recordingStorage();
    const deferred = deferredStorage(storage);
    deferred.setItem('state', 'first');
    deferred.setItem('state', 'second');
    assert.equal(deferred.getItem('state'), 'second');
    assert.deepEqual(storage.writes, []);
    for (const frame of frames.splice(0)) frame();
    await tick(5);
    assert.deepEqual(storage.writes, ['second']);
    await tick(150);
    assert.deepEqual(storage.writes, ['second'], 'written once');
  });

  it('writes what is pending when the page is left', () => {
    const storage = recordingStorage();
    const deferred = deferredStorage(storage);
    deferred.setItem('state', 'kept');
    page.dispatchEvent(new Event('pagehide'));
    assert.equal(storage.items.get('state'), 'kept');
    frames.splice(0);
  });

  it('loses nothing else when the storage refuses a write (quota, privacy mode)', async () => {
    const deferred = deferredStorage({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    deferred.setItem('state', 'too big');
    for (const frame of frames.splice(0)) frame();
    await tick(5);
    assert.equal(deferred.getItem('state'), null);
  });
});
