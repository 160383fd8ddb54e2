/**
 * The Mock target: the contract's handlers answering in this page, with no service worker (so
 * nothing ever sits between the page and the reader's real app). The simulated app is kept in
 * sessionStorage, so a session created on one page is listed on the next.
 * Loaded only when the reader uses the Mock target.
 */
import {
  createBrowserMock,
  type StateStorage,
} from '../../../mocks/handlers/create-browser-mock.ts';
import type { MockFetch } from '../../../mocks/handlers/create-mock-fetch.ts';
import { createDefaultFlags, mergeFlags } from '../../../mocks/app/mock-flags.ts';
import type { MockStore } from '../../../mocks/app/mock-store.ts';
import { WRONG_TOKEN } from '../../../mocks/reproduction/reproduction-request.ts';
import type { Reproduction } from '../../../mocks/reproduction/reproduction.ts';
import { MISSING_SESSION_ID, reproductionFor } from '../../../mocks/reproduction/reproductions.ts';
import { SANDBOX_TOKEN } from '../../../mocks/selection/sandbox-token.ts';
import type { ApiModel, OperationModel } from '../../lib/openapi/model.ts';
import { deferredStorage } from './deferred-storage.ts';

export interface MockTarget {
  fetch: MockFetch;
  store: MockStore;
  /** How to make the mock give a documented response, or undefined when it is not documented. */
  reproduction(
    operation: OperationModel,
    status: string,
    example?: string,
  ): Reproduction | undefined;
  /** Puts the simulated app in the state a reproduction needs (starting flags plus its own). */
  prepare(reproduction: Reproduction): void;
  /** The token value a reproduction asks for. */
  tokenFor(kind: Reproduction['token']): string;
}

function sessionStorageOrNothing(): StateStorage | undefined {
  try {
    return deferredStorage(globalThis.sessionStorage);
  } catch {
    return undefined;
  }
}

/** Starts the in-page mock over `model`, resuming the simulated app of this visit if there is one. */
export function openMock(model: ApiModel): MockTarget {
  const { store, fetch } = createBrowserMock(model, sessionStorageOrNothing());
  return {
    fetch,
    store,
    reproduction: (operation, status, example) => reproductionFor(operation, status, example),
    prepare(reproduction) {
      // A success needs its session: bring the library back if an earlier try deleted it.
      const id = reproduction.pathParams.id;
      if (
        id &&
        id !== MISSING_SESSION_ID &&
        !store.read().sessions.some((session) => session.id === id)
      )
        store.reset();
      const defaults = createDefaultFlags(model);
      store.setFlags(mergeFlags(defaults, reproduction.state ?? {}));
    },
    tokenFor: (kind) => (kind === 'sandbox' ? SANDBOX_TOKEN : kind === 'wrong' ? WRONG_TOKEN : ''),
  };
}
