import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSeedState } from '../../mocks/app/create-seed-state.ts';
import { createMockStore } from '../../mocks/app/mock-store.ts';
import { createOperationRoutes, toHandlers } from '../../mocks/handlers/create-handlers.ts';
import { createMockFetch } from '../../mocks/handlers/create-mock-fetch.ts';
import { createRouteTable } from '../../mocks/node/route-table.ts';
import { exampleBody } from '../../mocks/selection/read-body.ts';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';
import { API, model, NOW } from './support/mock-harness.ts';

/** Two mocks over equal fresh stores: one answered through the sandbox's route table, one through msw's handlers. */
function createPair() {
  const store = () =>
    createMockStore({ seed: (now) => createSeedState(model, now), now: () => NOW });
  const table = createRouteTable(createOperationRoutes(model, store()));
  const msw = createMockFetch(toHandlers(createOperationRoutes(model, store())));
  return { table, msw };
}

/** A request to an operation with the sandbox token, its path parameters from the seed library, its example body. */
function requestFor(operation: (typeof model.operations)[number], query = ''): Request {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    name === 'id' ? 'session_123' : `${name}_1`,
  );
  const body = exampleBody(operation);
  return new Request(`${API}${path}${query}`, {
    method: operation.method.toUpperCase(),
    headers: {
      Authorization: `Bearer ${SANDBOX_TOKEN}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

test("answers every operation as msw's handlers do: same status, rule and body", async () => {
  for (const operation of model.operations) {
    const { table, msw } = createPair();
    const viaTable = await table(requestFor(operation));
    assert.ok(viaTable, `${operation.id}: the table finds no route`);
    const viaMsw = await msw(requestFor(operation));
    assert.equal(viaTable.status, viaMsw.status, operation.id);
    assert.equal(
      viaTable.headers['X-SessionDock-Mock'],
      viaMsw.headers.get('X-SessionDock-Mock'),
      operation.id,
    );
    assert.deepEqual(JSON.parse(viaTable.body ?? 'null'), await viaMsw.json(), operation.id);
  }
});

test('reads path parameters as msw does: percent-encoding, broken escapes, trailing slash', async () => {
  const getSession = model.operations.find(
    (operation) => operation.method === 'get' && operation.path === '/sessions/{id}',
  );
  assert.ok(getSession);
  for (const path of ['session%5F123', 'session_123/', 'session%E0%A4%A', 'no%20such%20session']) {
    const { table, msw } = createPair();
    const request = () =>
      new Request(`${API}/sessions/${path}`, {
        headers: { Authorization: `Bearer ${SANDBOX_TOKEN}` },
      });
    const viaTable = await table(request());
    assert.ok(viaTable, path);
    const viaMsw = await msw(request());
    assert.equal(viaTable.status, viaMsw.status, path);
    assert.deepEqual(JSON.parse(viaTable.body ?? 'null'), await viaMsw.json(), path);
  }
});

test('leaves a path no operation has, or a method the path lacks, to msw (404, 405)', () => {
  const { table } = createPair();
  assert.equal(table(new Request(`${API}/no-such-thing`)), undefined);
  assert.equal(table(new Request(`${API}/health`, { method: 'DELETE' })), undefined);
});
