import type { OperationModel } from '../../../src/lib/openapi/model.ts';
import type { Behaviour, BehaviourContext } from '../behaviour.ts';
import type { MockState, SessionRecord } from '../mock-state.ts';
import { jsonSchemaOf } from '../../selection/read-body.ts';
import { filterSessions, splitTags } from './filter-sessions.ts';

type Fields = Record<string, unknown>;

/** GET /sessions: filters, sorts and pages the library; `meta` reports the total before paging. */
export const listSessions: Behaviour = ({ state, query, searchParams, now }) => {
  const matches = filterSessions(
    state.sessions,
    {
      q: query.q as string | undefined,
      kinds: [query.kind, query.daw].filter(
        (kind): kind is string => typeof kind === 'string' && kind !== '',
      ),
      tags: splitTags(searchParams.getAll('tags')),
      recent: query.recent === true,
      sort: query.sort as string | undefined,
    },
    now,
  );
  const offset = typeof query.offset === 'number' ? query.offset : 0;
  const limit = typeof query.limit === 'number' ? query.limit : matches.length;
  return {
    data: matches.slice(offset, offset + limit),
    meta: { total: matches.length, limit, offset },
  };
};

/** POST /sessions: adds a session with a new id; fields the body omits take the library's defaults. */
export const createSession: Behaviour = ({ state, body, operation }) => {
  const input = body as Fields;
  const session: SessionRecord = {
    ...newSession(state, typeof input.title === 'string' ? input.title : 'Untitled session'),
    ...pickKnown(input, operation),
  };
  state.sessions.unshift(session);
  return { data: session };
};

/** GET /sessions/{id}. */
export const getSession: Behaviour = ({ session }) => ({ data: session });

/** PATCH /sessions/{id}: changes only the fields the body carries. */
export const patchSession: Behaviour = ({ session, body, operation }) => {
  Object.assign(session as SessionRecord, pickKnown(body as Fields, operation));
  return { data: session };
};

/** DELETE /sessions/{id}: removes the session and its waveform notes. */
export const deleteSession: Behaviour = ({ state, session }: BehaviourContext) => {
  const id = (session as SessionRecord).id;
  state.sessions = state.sessions.filter((candidate) => candidate.id !== id);
  state.waveformLanes = state.waveformLanes.filter((lane) => lane.sessionId !== id);
  return { data: { deleted: true, id } };
};

/** A session as the app creates one: a new id, no preview yet, never opened (optional fields left out). */
export function newSession(state: MockState, title: string): SessionRecord {
  state.counters.session += 1;
  return {
    id: `session_${state.counters.session}`,
    title,
    kind: 'Other',
    status: 'draft',
    tags: [],
    notes: '',
    projectPath: '',
    previewStatus: 'missing',
    previews: [],
  };
}

/** The fields of the body that the operation's request schema declares. */
function pickKnown(input: Fields, operation: OperationModel): Partial<SessionRecord> {
  const schema = operation.requestBody ? jsonSchemaOf(operation.requestBody) : undefined;
  const declared = Object.keys(schema?.properties ?? {});
  const fields = Object.fromEntries(
    Object.entries(input).filter(([key]) => declared.includes(key)),
  );
  if (typeof fields.projectPath === 'string') fields.projectOriginalPath = fields.projectPath;
  return fields;
}
