import type { SessionRecord } from '../mock-state.ts';

/**
 * How long ago a session may have been opened and still count as recent: the contract leaves the
 * window unpublished and assumes 30 days (its `x-unverified` note on `recent`).
 */
export const RECENT_DAYS = 30;

/** The list filters of GET /sessions, already read from the query. */
export interface SessionFilter {
  q?: string | undefined;
  /** `kind` and its alias `daw`: every one given must match. */
  kinds: string[];
  /** Every tag must be on the session. */
  tags: string[];
  recent?: boolean | undefined;
  /** `title` (A to Z) or `lastOpened` (most recent first). */
  sort?: string | undefined;
}

/** Sessions matching a filter, sorted. Matching ignores case; `q` searches title, notes and tags. */
export function filterSessions(
  sessions: readonly SessionRecord[],
  filter: SessionFilter,
  now: Date,
): SessionRecord[] {
  const q = filter.q?.trim().toLowerCase();
  const since = now.getTime() - RECENT_DAYS * 86_400_000;
  const matches = sessions.filter((session) => {
    if (
      q &&
      ![session.title, session.notes, ...session.tags].some((text) =>
        text.toLowerCase().includes(q),
      )
    )
      return false;
    if (!filter.kinds.every((kind) => session.kind.toLowerCase() === kind.toLowerCase()))
      return false;
    const own = session.tags.map((tag) => tag.toLowerCase());
    if (!filter.tags.every((tag) => own.includes(tag.toLowerCase()))) return false;
    return !filter.recent || openedAt(session) >= since;
  });
  if (filter.sort === 'title')
    return matches.sort((a, b) =>
      a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true }),
    );
  // Each date parsed once, not once per comparison.
  return matches
    .map((session) => ({ session, at: openedAt(session) }))
    .sort((a, b) => b.at - a.at)
    .map(({ session }) => session);
}

/** Splits comma-separated and repeated tag values into single tags. */
export function splitTags(values: readonly string[]): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/** When a session was last opened, in milliseconds; never-opened sessions sort last. */
function openedAt(session: SessionRecord): number {
  const time = Date.parse(session.lastOpened ?? '');
  return Number.isFinite(time) ? time : Number.NEGATIVE_INFINITY;
}
