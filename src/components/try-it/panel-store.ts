import type { Exchange } from './send-request.ts';

/** The panel's own state, apart from what the form fields hold: a tiny store with listeners. */
export interface PanelState {
  /** A `Prefer` header set by a reproduction; any edit of the inputs drops it. */
  prefer: string | undefined;
  /** The request in flight, so that Cancel (or Escape) can abort it. */
  inFlight: AbortController | undefined;
  /** The last exchange shown, for Copy the body. */
  lastExchange: Exchange | undefined;
}

/** Reads, updates and watches a panel's state. */
export interface PanelStore {
  read(): Readonly<PanelState>;
  update(patch: Partial<PanelState>): void;
  /** Calls `listener` after every update; returns the way to stop. */
  subscribe(listener: (state: Readonly<PanelState>) => void): () => void;
}

/** A store starting from `initial` (nothing in flight, no `Prefer` by default). */
export function createPanelStore(initial: Partial<PanelState> = {}): PanelStore {
  let state: PanelState = {
    prefer: undefined,
    inFlight: undefined,
    lastExchange: undefined,
    ...initial,
  };
  const listeners = new Set<(state: Readonly<PanelState>) => void>();
  return {
    read: () => state,
    update(patch) {
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
