import type { MockState } from './mock-state.ts';

/**
 * A copy of the state for a write's behaviour to change: flags, counters and waveform lanes
 * copied deeply, the library a new list in which only the session the path names (`sessionId`)
 * is a copy, the request log shared (no behaviour writes it; logging builds a new one). Every
 * other session is shared: a committed session is frozen (`settleRecords`), behaviours change only
 * the session they address, and one that changed another would fail on the frozen record. The
 * state is JSON data, and copying plain objects by hand costs a fraction of `structuredClone`,
 * which was a quarter of a write's time in the sandbox (bench/README.md).
 */
export function copyState(state: MockState, sessionId?: string): MockState {
  const { requests, sessions, ...rest } = state;
  return {
    ...(copyJson(rest) as Omit<MockState, 'requests' | 'sessions'>),
    sessions: sessions.map((session) =>
      session.id === sessionId ? (copyJson(session) as typeof session) : session,
    ),
    requests,
  };
}

function copyJson(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyJson);
  // Anything but a plain object (a Date, say) is left to structuredClone, which knows every kind.
  if (Object.getPrototypeOf(value) !== Object.prototype) return structuredClone(value);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value))
    copy[key] = copyJson((value as Record<string, unknown>)[key]);
  return copy;
}
