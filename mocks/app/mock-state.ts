import type { MockFlags } from './mock-flags.ts';

/** A session as the simulated library holds it: the contract's Session object. */
export type SessionRecord = {
  id: string;
  title: string;
  kind: string;
  tags: string[];
  notes: string;
  projectPath: string;
  lastOpened?: string | undefined;
  preferredPreviewId?: string | undefined;
  previews?: PreviewRecord[] | undefined;
} & Record<string, unknown>;

/** One preview variant of a session (`preview_main`…). */
export type PreviewRecord = { id: string; name: string; path: string; status: string } & Record<
  string,
  unknown
>;

/** One marker on a preview's waveform. */
export interface WaveformNoteRecord {
  id: string;
  timestamp: number;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/** The waveform note lane of one preview variant of one session. */
export interface WaveformLane {
  sessionId: string;
  variantId: string;
  notes: WaveformNoteRecord[];
}

/** A request the simulated app answered, as health lists it. */
export interface RequestLogEntry {
  method: string;
  path: string;
  statusCode: number;
  at: string;
}

/** Everything the simulated app knows, as plain JSON (kept in sessionStorage, sent by the sandbox). */
export interface MockState {
  flags: MockFlags;
  sessions: SessionRecord[];
  waveformLanes: WaveformLane[];
  requests: { count: number; recent: RequestLogEntry[]; lastError?: string | undefined };
  /** Counters behind the ids the mock hands out, so ids never repeat within a mock session. */
  counters: { session: number; import: number; note: number };
}

/** True when a value has the shape of a MockState (for states received as JSON). */
export function isMockState(value: unknown): value is MockState {
  // Received as JSON: any field may hold anything, null included.
  const state = value as { [K in keyof MockState]?: unknown } | null;
  const flags = state?.flags as { services?: unknown } | null | undefined;
  const requests = state?.requests as { recent?: unknown } | null | undefined;
  return (
    typeof state === 'object' &&
    state !== null &&
    typeof flags === 'object' &&
    flags !== null &&
    typeof flags.services === 'object' &&
    Array.isArray(state.sessions) &&
    Array.isArray(state.waveformLanes) &&
    typeof requests === 'object' &&
    requests !== null &&
    Array.isArray(requests.recent) &&
    typeof state.counters === 'object' &&
    state.counters !== null
  );
}
