/** What a `Prefer` header asks of the mock: a documented status and, optionally, a named example. */
export interface MockPreference {
  code?: string;
  example?: string;
}

/**
 * Reads `code=NNN` and `example=NAME` from a `Prefer` header, the way Prism does.
 * Preferences may be separated by commas or semicolons and values may be quoted;
 * other preferences (`return=minimal`, `respond-async`…) are ignored.
 */
export function parsePreferHeader(value: string | null | undefined): MockPreference | undefined {
  if (!value) return undefined;
  const preference: MockPreference = {};
  for (const part of value.split(/[,;]/)) {
    const match = /^\s*([A-Za-z][\w-]*)\s*=\s*(?:"([^"]*)"|([^\s"]*))\s*$/.exec(part);
    if (!match) continue;
    const name = (match[1] ?? '').toLowerCase();
    const text = match[2] ?? match[3] ?? '';
    if (name === 'code' && text !== '') preference.code = text;
    if (name === 'example' && text !== '') preference.example = text;
  }
  return preference.code === undefined && preference.example === undefined ? undefined : preference;
}
