import { mergeFlags, type MockFlags } from './mock-flags.ts';
import type { MockState } from './mock-state.ts';
import { settleRecords } from './settle-records.ts';

/** The simulated app's state for one mock session, changed only through these methods. */
export interface MockStore {
  /** The current state. Treat it as read-only: change it with `update`. */
  read(): MockState;
  /** Applies `change` to a copy and keeps the copy only if `change` returns without throwing. */
  update(change: (draft: MockState) => void): void;
  /**
   * Replaces the whole state (restoring a saved one, for example) with `state` itself, not a copy:
   * the caller hands it over and must not change it afterwards.
   */
  replace(state: MockState): void;
  /** Changes some flags and returns the result. */
  setFlags(change: Partial<MockFlags>): MockFlags;
  /** Returns to the seed library and the starting flags. */
  reset(): void;
  /** The mock's clock: what "now" means for `recent`, `lastOpened` and the request log. */
  now(): Date;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: (state: MockState) => void): () => void;
}

/** Options of a store: how to build the seed state, an optional saved state and a clock. */
export interface MockStoreOptions {
  seed: (now: Date) => MockState;
  initial?: MockState | undefined;
  now?: (() => Date) | undefined;
}

/** Creates a store over a serializable state (so it can be kept in sessionStorage or sent as JSON). */
export function createMockStore(options: MockStoreOptions): MockStore {
  const now = options.now ?? (() => new Date());
  let state: MockState = options.initial ? structuredClone(options.initial) : options.seed(now());
  settleRecords(state.sessions);
  const listeners = new Set<(state: MockState) => void>();
  const commit = (next: MockState): void => {
    state = next;
    settleRecords(state.sessions);
    for (const listener of listeners) listener(state);
  };
  return {
    read: () => state,
    update(change) {
      const draft = structuredClone(state);
      change(draft);
      commit(draft);
    },
    // No copy: every caller hands over a state it built or parsed for the purpose, and copying the
    // library on each answered request was most of the sandbox's time (bench/README.md).
    replace: (next) => commit(next),
    setFlags(change) {
      commit({ ...state, flags: mergeFlags(state.flags, change) });
      return state.flags;
    },
    reset: () => commit(options.seed(now())),
    now,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
