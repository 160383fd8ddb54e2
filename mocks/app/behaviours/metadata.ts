import type { Behaviour } from '../behaviour.ts';
import type { SessionRecord } from '../mock-state.ts';

/** GET /sessions/{id}/tags. */
export const getSessionTags: Behaviour = ({ session }) => {
  const { id, tags } = session as SessionRecord;
  return { data: { id, tags } };
};

/** PUT and PATCH /sessions/{id}/tags: replace the whole tag list (trimmed, without duplicates). */
export const replaceSessionTags: Behaviour = ({ session, body }) => {
  const target = session as SessionRecord;
  const tags = (body as { tags: string[] }).tags
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  target.tags = [...new Set(tags)];
  return { data: { id: target.id, tags: target.tags } };
};

/** PUT and PATCH /sessions/{id}/notes: set the notes; null or an empty string clears them. */
export const replaceSessionNotes: Behaviour = ({ session, body }) => {
  const target = session as SessionRecord;
  target.notes = (body as { notes: string | null }).notes ?? '';
  return { data: { id: target.id, notes: target.notes } };
};

/** GET /tags: every tag with the number of sessions carrying it, most used first, then by name. */
export const listTags: Behaviour = ({ state }) => {
  const counts = new Map<string, number>();
  for (const session of state.sessions) {
    for (const tag of new Set(session.tags)) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  const data = [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  return { data };
};
