/**
 * What the reader typed into an operation's panel, kept for the visit (sessionStorage: this tab,
 * across pages and reloads) under the operation's id: parameter values, the body and the chosen
 * example. Never the token: it is not among the fields saved.
 */
export interface SavedInputs {
  /** Parameter values by field key (`param:query:limit`). */
  values: Record<string, string>;
  body?: string | undefined;
  /** The request-body example the body was started from. */
  example?: string | undefined;
}

type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'sessiondock-docs:inputs:';

function storage(): SessionStorageLike | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** The inputs saved for `operationId` earlier in this visit, or undefined. Malformed data is ignored. */
export function readSavedInputs(
  operationId: string,
  store: SessionStorageLike | undefined = storage(),
): SavedInputs | undefined {
  try {
    const raw = store?.getItem(PREFIX + operationId);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const { values: stored, body, example } = parsed as Record<string, unknown>;
    if (typeof stored !== 'object' || stored === null) return undefined;
    const values = Object.fromEntries(
      Object.entries(stored).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    return {
      values,
      ...(typeof body === 'string' ? { body } : {}),
      ...(typeof example === 'string' ? { example } : {}),
    };
  } catch {
    return undefined;
  }
}

/** Saves the inputs of `operationId` for the rest of the visit (silently nothing when storage is refused). */
export function saveInputs(
  operationId: string,
  inputs: SavedInputs,
  store: SessionStorageLike | undefined = storage(),
): void {
  try {
    store?.setItem(PREFIX + operationId, JSON.stringify(inputs));
  } catch {
    // Storage full or disabled: the inputs then last for this page only.
  }
}

/** Forgets the inputs of `operationId` (they are back to the page's own). */
export function forgetInputs(
  operationId: string,
  store: SessionStorageLike | undefined = storage(),
): void {
  try {
    store?.removeItem(PREFIX + operationId);
  } catch {
    // Nothing was kept then either.
  }
}
