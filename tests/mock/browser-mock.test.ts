import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createBrowserMock,
  MOCK_STATE_KEY,
  type StateStorage,
} from '../../mocks/handlers/create-browser-mock.ts';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';
import { API, model } from './support/mock-harness.ts';

/** An in-memory stand-in for sessionStorage. */
function memoryStorage(): StateStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

const deleteSession = (fetch: (request: Request) => Promise<Response>) =>
  fetch(
    new Request(`${API}/sessions/session_123`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${SANDBOX_TOKEN}` },
    }),
  );

test('keeps the simulated app across page loads of the same tab', async () => {
  const storage = memoryStorage();
  assert.equal((await deleteSession(createBrowserMock(model, storage).fetch)).status, 200);
  const reloaded = createBrowserMock(model, storage);
  assert.equal((await deleteSession(reloaded.fetch)).status, 404);
  reloaded.store.reset();
  assert.equal((await deleteSession(reloaded.fetch)).status, 200);
});

test('starts from the seed when the saved state is broken or does not fit the contract', () => {
  for (const saved of [
    '{not json',
    JSON.stringify({ flags: {} }),
    JSON.stringify({
      ...createBrowserMock(model).store.read(),
      flags: { services: { gone_unavailable: true } },
    }),
  ]) {
    const storage = memoryStorage();
    storage.items.set(MOCK_STATE_KEY, saved);
    assert.equal(
      createBrowserMock(model, storage).store.read().sessions.length,
      createBrowserMock(model).store.read().sessions.length,
    );
  }
});

test('answers the documented URL without a service worker or network', async () => {
  const { fetch } = createBrowserMock(model);
  const response = await fetch(
    new Request(`${API}/sessions/session_123`, {
      headers: { Authorization: `Bearer ${SANDBOX_TOKEN}` },
    }),
  );
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('Content-Type'), 'application/json');
  assert.equal((await response.json()).data.id, 'session_123');
});

test('answers a request the handlers never match with a JSON envelope, not a rejection', async () => {
  const { fetch } = createBrowserMock(model);
  const response = await fetch(
    new Request(`${API}/sessions/session_123/export`, { method: 'POST' }),
  );
  assert.equal(response.status, 404);
  assert.equal((await response.json()).error.code, 'not_found');
  const wrongMethod = await fetch(new Request(`${API}/health`, { method: 'DELETE' }));
  assert.equal(wrongMethod.status, 405);
  assert.equal(wrongMethod.headers.get('Allow'), 'GET');
});
