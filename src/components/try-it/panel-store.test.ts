import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPanelStore } from './panel-store.ts';

test('an update merges into the state and reaches every listener until it stops listening', () => {
  const store = createPanelStore({ prefer: 'code=404' });
  const seen: Array<string | undefined> = [];
  const stop = store.subscribe((state) => seen.push(state.prefer));
  const cancel = new AbortController();
  store.update({ inFlight: cancel });
  assert.equal(store.read().prefer, 'code=404');
  assert.equal(store.read().inFlight, cancel);
  stop();
  store.update({ prefer: undefined });
  assert.deepEqual(seen, ['code=404']);
  assert.equal(store.read().prefer, undefined);
});
