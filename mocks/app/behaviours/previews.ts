import { refuse, type Behaviour, type BehaviourContext, type Refusal } from '../behaviour.ts';
import type { SessionRecord, WaveformLane, WaveformNoteRecord } from '../mock-state.ts';

/** GET /sessions/{id}/preview: the preview fields of the session. */
export const getSessionPreview: Behaviour = ({ session }) => {
  const {
    id,
    previewStatus,
    preferredPreviewId,
    previewUrl,
    previewAudioUrl,
    previewAudioMime,
    previews,
  } = session as SessionRecord;
  return {
    data: {
      id,
      previewStatus,
      preferredPreviewId,
      previewUrl,
      previewAudioUrl,
      previewAudioMime,
      previews,
    },
  };
};

/** Audio the mock pretends its previews have: 48 kHz, 64 peaks over a length between 2 and 6 minutes. */
const SAMPLE_RATE = 48_000;
const PEAK_COUNT = 64;

/** GET /sessions/{id}/waveform: peaks of a preview variant, the same every time for the same variant. */
export const getSessionWaveform: Behaviour = (context) => {
  const variantId = resolveVariant(context);
  if (typeof variantId !== 'string') return variantId;
  const sessionId = (context.session as SessionRecord).id;
  const hash = hashOf(`${sessionId}:${variantId}`);
  const durationSeconds = 120 + (hash % 240);
  return {
    data: {
      sessionId,
      variantId,
      durationSeconds,
      sampleRate: SAMPLE_RATE,
      samplesPerPeak: Math.round((durationSeconds * SAMPLE_RATE) / PEAK_COUNT),
      peaks: peaksFor(hash, PEAK_COUNT),
    },
  };
};

/** GET /sessions/{id}/waveform-notes: the note lane of a variant (the preferred one by default). */
export const getSessionWaveformNotes: Behaviour = (context) => {
  const variantId = resolveVariant(context);
  if (typeof variantId !== 'string') return variantId;
  return { data: toLaneBody(findLane(context, variantId, false)) };
};

/** PUT and PATCH /sessions/{id}/waveform-notes: replace the lane; notes keep their id and createdAt when they send them. */
export const replaceSessionWaveformNotes: Behaviour = (context) => {
  const variantId = resolveVariant(context);
  if (typeof variantId !== 'string') return variantId;
  const lane = findLane(context, variantId, true);
  const stamp = context.now.toISOString();
  const input = (context.body as { notes: Partial<WaveformNoteRecord>[] }).notes;
  lane.notes = input
    .map((note): WaveformNoteRecord => {
      const previous = lane.notes.find((candidate) => candidate.id === note.id);
      return {
        id: note.id ?? `note_${(context.state.counters.note += 1)}`,
        timestamp: Number(note.timestamp),
        text: note.text ?? '',
        createdAt: note.createdAt ?? previous?.createdAt ?? stamp,
        updatedAt: stamp,
      };
    })
    .sort((a, b) => a.timestamp - b.timestamp);
  return { data: toLaneBody(lane) };
};

/** The variant a request targets: `variantId`, else the preferred preview; a 404 when the session has no such preview. */
function resolveVariant({ session, query }: BehaviourContext): string | Refusal {
  const target = session as SessionRecord;
  const previews = target.previews ?? [];
  const asked =
    typeof query.variantId === 'string' && query.variantId !== '' ? query.variantId : undefined;
  const variantId = asked ?? target.preferredPreviewId ?? previews[0]?.id;
  if (!variantId) return refuse('404', undefined, 'session has no preview');
  if (!previews.some((preview) => preview.id === variantId))
    return refuse('404', undefined, 'preview variant not found');
  return variantId;
}

/** The lane of a variant; an empty one when it has none, kept in the state only when `create` is set. */
function findLane(
  { state, session }: BehaviourContext,
  variantId: string,
  create: boolean,
): WaveformLane {
  const sessionId = (session as SessionRecord).id;
  const found = state.waveformLanes.find(
    (candidate) => candidate.sessionId === sessionId && candidate.variantId === variantId,
  );
  if (found) return found;
  const lane: WaveformLane = { sessionId, variantId, notes: [] };
  if (create) state.waveformLanes.push(lane);
  return lane;
}

function toLaneBody(lane: WaveformLane): Record<string, unknown> {
  return {
    sessionId: lane.sessionId,
    variantId: lane.variantId,
    key: `${lane.sessionId}:${lane.variantId}`,
    notes: lane.notes,
  };
}

function hashOf(text: string): number {
  let hash = 2166136261;
  for (const char of text) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619) >>> 0;
  return hash;
}

/** Peaks between 0 and 1: a smooth envelope with some texture, from a seed, never random. */
function peaksFor(seed: number, count: number): number[] {
  let hash = seed;
  return Array.from({ length: count }, (_, index) => {
    hash = Math.imul(hash ^ (hash >>> 13), 1597334677) >>> 0;
    const envelope = Math.sin((Math.PI * (index + 1)) / (count + 1));
    return Math.round((0.1 + 0.85 * envelope * (0.6 + 0.4 * (hash / 0xffffffff))) * 1000) / 1000;
  });
}
