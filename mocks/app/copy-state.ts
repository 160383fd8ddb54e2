import type { MockState } from './mock-state.ts';

/**
 * A copy of the state for a write's behaviour to change: the library, flags and counters copied
 * deeply, the request log shared (no behaviour writes it; logging builds a new one). The state is
 * JSON data (it is saved as JSON), and copying plain objects and arrays by hand costs a fraction
 * of `structuredClone`, which was a quarter of a write's time in the sandbox (bench/README.md).
 */
export function copyState(state: MockState): MockState {
  const { requests, ...rest } = state;
  return { ...(copyJson(rest) as Omit<MockState, 'requests'>), requests };
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
