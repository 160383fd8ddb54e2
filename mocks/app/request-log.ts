import type { MockState, RequestLogEntry } from './mock-state.ts';

/** How many answered requests health lists. */
export const RECENT_REQUESTS = 20;

/**
 * `state` with one more answered request in its log (and `lastError` when one is given). Only the
 * request log is new: the library and the flags are shared with `state`, never copied, so logging
 * a read costs one entry, not a copy of the library. `state` itself is left as it was.
 */
export function withRequestLogged(
  state: MockState,
  entry: RequestLogEntry,
  lastError?: string,
): MockState {
  const { count, recent, lastError: previousError } = state.requests;
  const error = lastError ?? previousError;
  return {
    ...state,
    requests: {
      count: count + 1,
      // Health lists the latest requests oldest first.
      recent: [...recent, entry].slice(-RECENT_REQUESTS),
      ...(error === undefined ? {} : { lastError: error }),
    },
  };
}
