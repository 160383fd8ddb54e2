import { createHandlers } from '../../../mocks/handlers/create-handlers.ts';
import { createMockFetch, type MockFetch } from '../../../mocks/handlers/create-mock-fetch.ts';
import type { MockFlags } from '../../../mocks/app/mock-flags.ts';
import { createSeedState } from '../../../mocks/app/create-seed-state.ts';
import { createMockStore, type MockStore } from '../../../mocks/app/mock-store.ts';
import { SANDBOX_TOKEN } from '../../../mocks/selection/sandbox-token.ts';
import { loadContractModel } from '../../support/load-contract-model.ts';
import type { OperationModel } from '../../../src/lib/openapi/model.ts';

/** The site's contract, loaded once for every mock test. */
export const model = await loadContractModel();
/** The documented base URL, where the browser mock answers too. */
export const API = model.servers[0]?.url.replace(/\/+$/, '') ?? 'http://127.0.0.1:18432/api/v1';
/** The mock's clock in tests. */
export const NOW = new Date('2026-11-20T12:00:00.000Z');

/** The operation with this id (fails loudly when the contract lacks it). */
export function operation(id: string): OperationModel {
  const found = model.operations.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the contract has no operation ${id}`);
  return found;
}

/** Options of one call: a token (null for none), a body (objects are sent as JSON), more headers. */
export interface CallOptions {
  token?: string | null;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A call's answer, with the body parsed. */
export interface CallResult {
  status: number;
  body: any;
  headers: Headers;
}

/** A fresh mock on the seed library, with a fixed clock, and a helper to call it. */
export interface TestMock {
  store: MockStore;
  fetch: MockFetch;
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
}

/** Creates a fresh mock whose flags start as given. */
export function createTestMock(flags: Partial<MockFlags> = {}): TestMock {
  const store = createMockStore({
    seed: (now) => createSeedState(model, now, flags),
    now: () => NOW,
  });
  const fetch = createMockFetch(createHandlers(model, store));
  return {
    store,
    fetch,
    async call(method, path, options = {}) {
      const headers = new Headers(options.headers);
      const token = options.token === undefined ? SANDBOX_TOKEN : options.token;
      if (token !== null) headers.set('Authorization', `Bearer ${token}`);
      let body: string | undefined;
      if (options.body !== undefined) {
        body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
        headers.set('Content-Type', 'application/json');
      }
      const response = await fetch(
        new Request(`${API}${path}`, { method, headers, body: body ?? null }),
      );
      const text = await response.text();
      return {
        status: response.status,
        body: text === '' ? undefined : JSON.parse(text),
        headers: response.headers,
      };
    },
  };
}

/** The library part of a state (sessions and waveform notes), to compare before and after a request. */
export function librarySnapshot(store: MockStore): string {
  const { sessions, waveformLanes, counters, flags } = store.read();
  return JSON.stringify({ sessions, waveformLanes, counters, flags });
}
