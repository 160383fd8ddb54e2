import type { Behaviour } from '../behaviour.ts';
import type { SessionRecord } from '../mock-state.ts';

/** POST /sessions/{id}/open: the app opens the project and comes forward; the session counts as opened now. */
export const openSession: Behaviour = ({ session, now }) => {
  const target = session as SessionRecord;
  target.lastOpened = now.toISOString();
  return { data: { id: target.id, opened: true, focused: true } };
};

/** POST /sessions/{id}/focus: the app comes forward and shows the session's card; nothing is opened. */
export const focusSession: Behaviour = ({ session }) => {
  const target = session as SessionRecord;
  return { data: { id: target.id, opened: false, focused: true } };
};
