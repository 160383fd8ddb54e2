import assert from 'node:assert/strict';
import { test } from 'node:test';
import { behaviourTable } from '../../mocks/app/behaviour-table.ts';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { createMockFetch } from '../../mocks/handlers/create-mock-fetch.ts';
import { createSeedState } from '../../mocks/app/create-seed-state.ts';
import { createMockStore } from '../../mocks/app/mock-store.ts';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';
import { API, model } from './support/mock-harness.ts';

test('turns a fault in a behaviour into a JSON envelope and keeps the state', async () => {
  const store = createMockStore({ seed: (now) => createSeedState(model, now) });
  const broken = {
    ...behaviourTable,
    deleteSession: () => {
      throw new Error('disk on fire');
    },
  };
  const fetch = createMockFetch(createHandlers(model, store, broken));
  const response = await fetch(
    new Request(`${API}/sessions/session_123`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${SANDBOX_TOKEN}` },
    }),
  );
  assert.equal(response.status, 500);
  assert.equal(response.headers.get('Content-Type'), 'application/json');
  assert.deepEqual(await response.json(), {
    error: { status: 500, code: 'mock_error', message: 'The mock failed to answer: disk on fire' },
  });
  assert.ok(store.read().sessions.some((session) => session.id === 'session_123'));
});

test('answers an operation without a behaviour with its success example', async () => {
  const store = createMockStore({ seed: (now) => createSeedState(model, now) });
  const { listTags: _dropped, ...withoutListTags } = behaviourTable;
  const fetch = createMockFetch(createHandlers(model, store, withoutListTags));
  const response = await fetch(
    new Request(`${API}/tags`, { headers: { Authorization: `Bearer ${SANDBOX_TOKEN}` } }),
  );
  const example = model.operations.find((operation) => operation.id === 'listTags')?.responses[0]
    ?.content[0]?.examples[0]?.value;
  assert.equal(response.status, 200);
  assert.deepEqual(await response.json(), example);
});
