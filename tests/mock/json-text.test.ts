import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSeedState } from '../../mocks/app/create-seed-state.ts';
import { createMockStore } from '../../mocks/app/mock-store.ts';
import { createOperationRoutes } from '../../mocks/handlers/create-handlers.ts';
import { toJsonText } from '../../mocks/envelope/json-text.ts';
import { createRouteTable } from '../../mocks/node/route-table.ts';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';
import { API, model, NOW } from './support/mock-harness.ts';

test('writes the same text as JSON.stringify, frozen records included', () => {
  const record = { id: 's1', tags: ['a', 'b'], lastOpened: undefined, nested: { n: 1.5 } };
  Object.freeze(record);
  const values: unknown[] = [
    null,
    'text with "quotes" and \u2028',
    42,
    true,
    [1, undefined, () => 1, 'x'],
    { a: undefined, b: null, c: [record, record], d: new Date(0), 'key "q"': 1 },
    { data: [record], meta: { total: 1 } },
    { toJSON: () => 'custom' },
  ];
  for (const value of values) assert.equal(toJsonText(value), JSON.stringify(value));
  assert.equal(toJsonText(undefined), 'null');
});

test('a list answered after a write shows the write, not the text kept before it', async () => {
  const store = createMockStore({ seed: (now) => createSeedState(model, now), now: () => NOW });
  const table = createRouteTable(createOperationRoutes(model, store));
  const headers = { Authorization: `Bearer ${SANDBOX_TOKEN}`, 'Content-Type': 'application/json' };
  const list = async () =>
    JSON.parse(
      (await table(new Request(`${API}/sessions?limit=200`, { headers })))?.body ?? 'null',
    ) as { data: Array<{ id: string; notes: string }> };
  const before = await list();
  const id = before.data[0]?.id ?? '';
  const written = await table(
    new Request(`${API}/sessions/${id}/notes`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ notes: 'Changed after the first list.' }),
    }),
  );
  assert.equal(written?.status, 200);
  const after = await list();
  assert.equal(
    after.data.find((session) => session.id === id)?.notes,
    'Changed after the first list.',
  );
  assert.notEqual(before.data[0]?.notes, 'Changed after the first list.');
});

test('a write copies only the session it addresses and leaves the committed state as it was', async () => {
  const store = createMockStore({ seed: (now) => createSeedState(model, now), now: () => NOW });
  const table = createRouteTable(createOperationRoutes(model, store));
  const before = store.read();
  const [first, second] = before.sessions;
  assert.ok(first && second && Object.isFrozen(first) && Object.isFrozen(first.tags));
  const written = await table(
    new Request(`${API}/sessions/${first.id}/notes`, {
      method: 'PATCH',
      headers: { Authorization: `Bearer ${SANDBOX_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ notes: 'New notes.' }),
    }),
  );
  assert.equal(written?.status, 200);
  const after = store.read();
  assert.equal(after.sessions.find((session) => session.id === first.id)?.notes, 'New notes.');
  assert.notEqual(first.notes, 'New notes.');
  assert.equal(
    after.sessions.find((session) => session.id === second.id),
    second,
  );
});
