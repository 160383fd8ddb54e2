import type { ApiModel } from '../../src/lib/openapi/model.ts';
import type { SessionRecord, WaveformLane } from './mock-state.ts';
import { jsonMediaOf } from '../selection/operation-responses.ts';

type Fields = Record<string, unknown>;

/**
 * The sessions and waveform note lanes that the contract's read examples show (GET operations,
 * success responses), so the mock answers `session_123` the way the reference does. A session seen
 * in several examples is merged, the richest copy winning. `lastOpened` dates are shifted, keeping
 * their gaps, so that the latest one falls at `latestOpened` (milliseconds).
 */
export function readExampleLibrary(
  model: ApiModel,
  latestOpened: number,
): { sessions: SessionRecord[]; lanes: WaveformLane[] } {
  const sessions = new Map<string, SessionRecord>();
  const lanes = new Map<string, WaveformLane>();
  for (const item of exampleItems(model)) {
    if (isSessionLike(item)) {
      const known = sessions.get(item.id);
      sessions.set(
        item.id,
        !known || richness(item) >= richness(known) ? { ...known, ...item } : { ...item, ...known },
      );
    } else if (isLaneLike(item)) {
      lanes.set(`${item.sessionId}:${item.variantId}`, {
        sessionId: item.sessionId,
        variantId: item.variantId,
        notes: item.notes,
      });
    }
  }
  const dated = [...sessions.values()]
    .map((session) => Date.parse(session.lastOpened ?? ''))
    .filter(Number.isFinite);
  const shift = dated.length > 0 ? latestOpened - Math.max(...dated) : 0;
  for (const session of sessions.values()) {
    const opened = Date.parse(session.lastOpened ?? '');
    if (Number.isFinite(opened)) session.lastOpened = new Date(opened + shift).toISOString();
  }
  return { sessions: [...sessions.values()], lanes: [...lanes.values()] };
}

function* exampleItems(model: ApiModel): Generator<Fields> {
  for (const operation of model.operations.filter((candidate) => candidate.method === 'get')) {
    for (const response of operation.responses.filter((candidate) =>
      /^2\d\d$/.test(candidate.status),
    )) {
      for (const example of jsonMediaOf(response)?.examples ?? []) {
        const data = (example.value as Fields | null)?.data;
        for (const item of Array.isArray(data) ? data : [data]) {
          if (typeof item === 'object' && item !== null) yield structuredClone(item) as Fields;
        }
      }
    }
  }
}

function isSessionLike(item: Fields): item is SessionRecord {
  return (
    typeof item.id === 'string' &&
    typeof item.title === 'string' &&
    typeof item.projectPath === 'string' &&
    Array.isArray(item.previews)
  );
}

function isLaneLike(item: Fields): item is Fields & WaveformLane {
  return (
    typeof item.sessionId === 'string' &&
    typeof item.variantId === 'string' &&
    Array.isArray(item.notes)
  );
}

function richness(session: SessionRecord): number {
  return Object.keys(session).length + (session.previews?.length ?? 0);
}
