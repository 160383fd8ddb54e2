import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { createHandlers } from './create-handlers.ts';
import { createMockFetch, type MockFetch } from './create-mock-fetch.ts';
import { createSeedState } from '../app/create-seed-state.ts';
import { createDefaultFlags, listFailureFlags, type MockFlags } from '../app/mock-flags.ts';
import { isMockState, type MockState } from '../app/mock-state.ts';
import { createMockStore, type MockStore } from '../app/mock-store.ts';

/** Where the browser keeps the simulated app between page loads of one tab. */
export const MOCK_STATE_KEY = 'sessiondock-mock-state';

/** The part of `sessionStorage` the mock uses. */
export type StateStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The mock as a page uses it: the simulated app and a fetch-like transport, no service worker. */
export interface BrowserMock {
  store: MockStore;
  fetch: MockFetch;
}

/**
 * Creates the in-page mock. With a storage (the tab's `sessionStorage`), the simulated app
 * survives page loads: it starts from the saved state when that still fits the contract's
 * services and action failures, and every change is saved. Storage errors (quota, privacy mode) are ignored.
 */
export function createBrowserMock(
  model: ApiModel,
  storage?: StateStorage,
  now?: () => Date,
): BrowserMock {
  const store = createMockStore({
    seed: (at) => createSeedState(model, at),
    initial: readSaved(model, storage),
    now,
  });
  if (storage) {
    store.subscribe((state) => {
      try {
        storage.setItem(MOCK_STATE_KEY, JSON.stringify(state));
      } catch {
        // A full or blocked storage only costs persistence across page loads.
      }
    });
  }
  return { store, fetch: createMockFetch(createHandlers(model, store)) };
}

function readSaved(model: ApiModel, storage: StateStorage | undefined): MockState | undefined {
  try {
    const saved: unknown = JSON.parse(storage?.getItem(MOCK_STATE_KEY) ?? 'null');
    if (!isMockState(saved)) return undefined;
    // A saved state fits while it has the same services and action failures as the contract.
    const shape = (flags: MockFlags) =>
      [Object.keys(flags.services).sort().join(), listFailureFlags(flags).sort().join()].join(';');
    return shape(saved.flags) === shape(createDefaultFlags(model)) ? saved : undefined;
  } catch {
    return undefined;
  }
}
