/**
 * The last requests sent from the panels of this tab, across operations (sessionStorage). An entry
 * holds what is needed to show, reopen and copy it: the inputs (parameters, body, example), who
 * answered, the outcome, and the response body when it is text of 64 KB or less. Never the
 * token: no header is kept, and the inputs hold none.
 */
import type { InputsToApply } from './apply-inputs.ts';

/** How many requests the history keeps (the newest). */
export const HISTORY_LIMIT = 25;
/** A response body larger than this is not kept (the entry says so). */
export const HISTORY_BODY_LIMIT_BYTES = 64 * 1024;

const KEY = 'sessiondock-docs:history';

/** One request of the history. */
export interface HistoryEntry {
  id: string;
  /** When it was sent (ISO 8601). */
  at: string;
  operationId: string;
  method: string;
  /** Path and query as sent, relative to the base URL: `/sessions?q=drums`. */
  path: string;
  /** The operation page, to open the entry in its panel. */
  pagePath: string;
  target: 'mock' | 'app';
  /** The HTTP status, or undefined when no response arrived. */
  status: number | undefined;
  /** `200 OK`, or why there was no response. */
  outcome: string;
  durationMs: number;
  inputs: InputsToApply;
  /** The response body when it is text of 64 KB or less. */
  responseBody?: string | undefined;
  /** Why the body is not kept (too large, binary). */
  bodyNote?: string | undefined;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function tabStorage(): StorageLike | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

const isEntry = (value: unknown): value is HistoryEntry => {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.operationId === 'string' &&
    typeof entry.path === 'string' &&
    typeof entry.method === 'string' &&
    typeof entry.inputs === 'object' &&
    entry.inputs !== null
  );
};

/** The history of this tab, newest first (malformed data reads as an empty history). */
export function readHistory(storage: StorageLike | undefined = tabStorage()): HistoryEntry[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry).slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}

function write(entries: HistoryEntry[], storage: StorageLike | undefined): void {
  try {
    storage?.setItem(KEY, JSON.stringify(entries));
  } catch {
    // Storage full: keep the requests without their bodies rather than lose them.
    try {
      storage?.setItem(
        KEY,
        JSON.stringify(
          entries.map(({ responseBody: _dropped, ...entry }) => ({
            ...entry,
            bodyNote: "Not kept: the tab's storage is full.",
          })),
        ),
      );
    } catch {
      // Storage refused: the history then lasts for this page only.
    }
  }
}

/** Keeps only a body of 64 KB or less; says why otherwise. */
export function keepableBody(
  bodyText: string | undefined,
): Pick<HistoryEntry, 'responseBody' | 'bodyNote'> {
  if (bodyText === undefined) return { bodyNote: 'Not kept: the body is binary.' };
  const bytes = new TextEncoder().encode(bodyText).length;
  if (bytes > HISTORY_BODY_LIMIT_BYTES)
    return {
      bodyNote: `Not kept: ${Math.round(bytes / 1024)} KB is over the 64 KB the history keeps.`,
    };
  return { responseBody: bodyText };
}

/** Adds a request to the front of the history, dropping the oldest beyond 25. */
export function addToHistory(
  entry: HistoryEntry,
  storage: StorageLike | undefined = tabStorage(),
): HistoryEntry[] {
  const entries = [
    entry,
    ...readHistory(storage).filter((candidate) => candidate.id !== entry.id),
  ].slice(0, HISTORY_LIMIT);
  write(entries, storage);
  return entries;
}

/** Deletes one request from the history. */
export function removeFromHistory(
  id: string,
  storage: StorageLike | undefined = tabStorage(),
): HistoryEntry[] {
  const entries = readHistory(storage).filter((entry) => entry.id !== id);
  write(entries, storage);
  return entries;
}

/** Empties the history of this tab. */
export function clearHistory(storage: StorageLike | undefined = tabStorage()): void {
  try {
    storage?.removeItem(KEY);
  } catch {
    // Nothing was kept then either.
  }
}
