/**
 * The guarantees mocks/README.md gives about the simulated app's state: a read never changes the
 * library (it is answered from the state itself, not a copy), a behaviour's changes are kept only
 * when it succeeds, every answer is logged for health, and concurrent requests keep every write.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { refuse, type Behaviour } from '../../mocks/app/behaviour.ts';
import { behaviourTable } from '../../mocks/app/behaviour-table.ts';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { createMockFetch } from '../../mocks/handlers/create-mock-fetch.ts';
import type { MockState, SessionRecord } from '../../mocks/app/mock-state.ts';
import { jsonMediaOf } from '../../mocks/selection/operation-responses.ts';
import { toReproductionRequest } from '../../mocks/reproduction/reproduction-request.ts';
import { reproductionFor } from '../../mocks/reproduction/reproductions.ts';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';
import { API, createTestMock, librarySnapshot, model } from './support/mock-harness.ts';

/** Freezes a state all the way down, so any change to it throws (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

describe('reads', () => {
  const reads = model.operations.filter((operation) => operation.method === 'get');

  it("covers the contract's read operations", () =>
    assert.ok(reads.length >= 8, `only ${reads.length} GET operations`));

  for (const operation of reads) {
    for (const response of operation.responses) {
      for (const example of jsonMediaOf(response)?.examples.slice(0, 1) ?? []) {
        it(`${operation.id} answers ${response.status} on a frozen state and only logs the request`, async () => {
          const reproduction = reproductionFor(operation, response.status, example.name)!;
          const mock = createTestMock(reproduction.state);
          mock.store.replace(deepFreeze(structuredClone(mock.store.read())));
          const before = librarySnapshot(mock.store);
          const answer = await mock.fetch(toReproductionRequest(operation, reproduction, API));
          assert.equal(answer.status, Number(response.status), await answer.text());
          assert.equal(librarySnapshot(mock.store), before);
          assert.equal(mock.store.read().requests.count, 1);
        });
      }
    }
  }

  it('answers from the library itself, without copying it', async () => {
    const mock = createTestMock();
    const sessions = mock.store.read().sessions;
    assert.equal((await mock.call('GET', '/sessions')).status, 200);
    assert.equal((await mock.call('GET', '/sessions/session_missing')).status, 404);
    assert.equal(
      (await mock.call('PATCH', '/sessions/session_123/notes', { body: { notes: 42 } })).status,
      400,
    );
    assert.equal(mock.store.read().sessions, sessions);
    assert.equal(mock.store.read().requests.count, 3);
  });
});

/** Behaviours that change the draft before giving up, each with the answer it gives up with. */
const GIVING_UP: [string, Behaviour, number][] = [
  [
    'refuses',
    ({ state, session }) => {
      (session as SessionRecord).notes = 'changed';
      state.sessions.pop();
      return refuse('404');
    },
    404,
  ],
  [
    'throws',
    ({ state, session }) => {
      (session as SessionRecord).notes = 'changed';
      state.sessions.pop();
      throw new Error('disk on fire');
    },
    500,
  ],
];

describe('writes that fail', () => {
  for (const [name, behaviour, status] of GIVING_UP) {
    it(`keeps nothing a behaviour changed before it ${name}`, async () => {
      const mock = createTestMock();
      const fetch = createMockFetch(
        createHandlers(model, mock.store, { ...behaviourTable, patchSession: behaviour }),
      );
      const before = librarySnapshot(mock.store);
      const answer = await fetch(
        new Request(`${API}/sessions/session_123`, {
          method: 'PATCH',
          headers: { Authorization: `Bearer ${SANDBOX_TOKEN}`, 'Content-Type': 'application/json' },
          body: '{"notes":"x"}',
        }),
      );
      assert.equal(answer.status, status);
      assert.equal(librarySnapshot(mock.store), before);
    });
  }
});

describe('writes that succeed', () => {
  it('leave a state read earlier as it was', async () => {
    const mock = createTestMock();
    const earlier: MockState = mock.store.read();
    const earlierText = JSON.stringify(earlier);
    assert.equal((await mock.call('DELETE', '/sessions/session_123')).status, 200);
    assert.equal((await mock.call('GET', '/health')).status, 200);
    assert.equal(JSON.stringify(earlier), earlierText);
    assert.ok(!mock.store.read().sessions.some((session) => session.id === 'session_123'));
  });

  it('keep every one of many concurrent writes, mixed with reads, and log each request', async () => {
    const mock = createTestMock();
    const titles = Array.from({ length: 30 }, (_, index) => `Concurrent ${index}`);
    const answers = await Promise.all(
      titles.flatMap((title) => [
        mock.call('POST', '/sessions', { body: { title } }),
        mock.call('GET', '/sessions?limit=1'),
      ]),
    );
    assert.ok(answers.every((answer) => answer.status === 201 || answer.status === 200));
    const listed = await mock.call('GET', '/sessions?q=concurrent&limit=100');
    assert.equal(listed.body.meta.total, titles.length);
    assert.equal(
      new Set(listed.body.data.map((session: { id: string }) => session.id)).size,
      titles.length,
    );
    assert.equal(mock.store.read().requests.count, titles.length * 2 + 1);
  });
});
