import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { readExampleLibrary } from './example-library.ts';
import type { PreviewRecord, SessionRecord, WaveformLane } from './mock-state.ts';

const HOUR = 3_600_000;

interface SeedRow {
  id: string;
  title: string;
  kind: string;
  status: string;
  accent: string;
  tags: string[];
  notes: string;
  projectPath: string;
  /** Hours between the last opening and the mock's clock; null: never opened. */
  openedHoursAgo: number | null;
  /** Preview variants as [id, name]; the first is the preferred one. */
  previews: [string, string][];
}

/** The library beyond the contract's own example sessions: several DAWs, macOS and Windows paths, opened over months. */
const ROWS: readonly SeedRow[] = [
  {
    id: 'session_126',
    title: 'Resonance',
    kind: 'Ableton',
    status: 'in-progress',
    accent: 'violet',
    tags: ['ambient', 'ideas'],
    notes: 'Granular pad layer needs a second pass.',
    projectPath: 'C:\\Users\\sam\\Music\\Ableton\\Resonance Project\\Resonance.als',
    openedHoursAgo: 120,
    previews: [['preview_main', 'Main mix']],
  },
  {
    id: 'session_127',
    title: 'Podcast episode 42 edit',
    kind: 'Reaper',
    status: 'done',
    accent: 'green',
    tags: ['podcast', 'edit'],
    notes: 'Loudness at -16 LUFS; chapters exported.',
    projectPath: 'C:\\Users\\sam\\Documents\\REAPER Media\\Podcast 42\\Podcast 42.rpp',
    openedHoursAgo: 192,
    previews: [['preview_main', 'Final master']],
  },
  {
    id: 'session_128',
    title: 'Drum bus experiments',
    kind: 'FL Studio',
    status: 'draft',
    accent: 'ember',
    tags: ['drums', 'ideas'],
    notes: 'Try parallel saturation on the bus.',
    projectPath:
      'C:\\Users\\sam\\Documents\\Image-Line\\FL Studio\\Projects\\Drum Bus Experiments.flp',
    openedHoursAgo: 288,
    previews: [],
  },
  {
    id: 'session_129',
    title: 'Trailer hits library',
    kind: 'Nuendo',
    status: 'in-progress',
    accent: 'gradient',
    tags: ['sound-design', 'client', 'priority'],
    notes: 'Deliver 24 hits and 12 risers as stems.',
    projectPath: '/Volumes/Studio SSD/Nuendo/Trailer Hits/Trailer Hits.npr',
    openedHoursAgo: 480,
    previews: [
      ['preview_main', 'Showreel'],
      ['preview_risers', 'Risers only'],
    ],
  },
  {
    id: 'session_130',
    title: 'Lo-fi sketch 07',
    kind: 'Ableton',
    status: 'draft',
    accent: 'ocean',
    tags: ['lofi', 'ideas', 'drums'],
    notes: 'Vinyl crackle from the sample pack, tape wobble on the keys.',
    projectPath: '/Users/maya/Music/Ableton/Sketches/Lo-fi Sketch 07 Project/Lo-fi Sketch 07.als',
    openedHoursAgo: 648,
    previews: [['preview_main', 'Bounce']],
  },
  {
    id: 'session_131',
    title: 'Vocal comping with Sarah',
    kind: 'Logic Pro',
    status: 'in-progress',
    accent: 'rose',
    tags: ['vocals', 'client', 'mix'],
    notes: 'Send alt vocal print to client before 5 PM.',
    projectPath: '/Users/maya/Music/Logic/Sarah Vocals.logicx',
    openedHoursAgo: 1080,
    previews: [
      ['preview_main', 'Comp A'],
      ['preview_alt', 'Comp B'],
    ],
  },
  {
    id: 'session_132',
    title: 'Festival EDM edit',
    kind: 'FL Studio',
    status: 'done',
    accent: 'ember',
    tags: ['edm', 'mix', 'priority'],
    notes: 'Extended intro for the festival set; the drop lands at 1:12.',
    projectPath: 'C:\\Users\\sam\\Documents\\Image-Line\\FL Studio\\Projects\\Festival Edit.flp',
    openedHoursAgo: 2160,
    previews: [['preview_main', 'Club master']],
  },
  {
    id: 'session_133',
    title: 'String quartet mockup',
    kind: 'Cubase',
    status: 'archived',
    accent: 'ocean',
    tags: ['score'],
    notes: '',
    projectPath: '/Users/maya/Music/Cubase/String Quartet/String Quartet.cpr',
    openedHoursAgo: 4800,
    previews: [['preview_main', 'Mockup']],
  },
  {
    id: 'session_134',
    title: 'Radio spot for Coffee Co.',
    kind: 'Reaper',
    status: 'draft',
    accent: 'gradient',
    tags: ['client', 'ads', 'drums'],
    notes: 'Thirty seconds; the voice-over lands Thursday.',
    projectPath: '/Users/maya/Music/REAPER/Coffee Co Spot/Coffee Co Spot.rpp',
    openedHoursAgo: null,
    previews: [],
  },
];

const LANES: readonly { sessionId: string; variantId: string; notes: [number, string][] }[] = [
  {
    sessionId: 'session_123',
    variantId: 'preview_instrumental',
    notes: [[42.25, 'Harmony pad enters']],
  },
  {
    sessionId: 'session_125',
    variantId: 'preview_main',
    notes: [[64, 'Low strings too loud under the dialogue']],
  },
  {
    sessionId: 'session_131',
    variantId: 'preview_alt',
    notes: [
      [8, 'Breath noise'],
      [95.5, 'Use take 3 for the last line'],
    ],
  },
];

/**
 * The simulated library a fresh mock starts with: the sessions and waveform notes of the
 * contract's examples (so `session_123` answers as the reference shows), then the rows above.
 * Dates are counted back from `now`, so `recent` keeps its meaning whenever the mock runs.
 */
export function seedLibrary(
  model: ApiModel,
  now: Date,
): { sessions: SessionRecord[]; waveformLanes: WaveformLane[] } {
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * HOUR).toISOString();
  const apiBase = (model.servers[0]?.url ?? 'http://127.0.0.1:18432/api/v1').replace(/\/+$/, '');
  const examples = readExampleLibrary(model, now.getTime() - 3 * HOUR);
  const taken = new Set(examples.sessions.map((session) => session.id));
  const sessions = [
    ...examples.sessions,
    ...ROWS.filter((row) => !taken.has(row.id)).map((row) => toSession(row, apiBase, at)),
  ];
  const lanes = LANES.filter(
    (lane) =>
      !examples.lanes.some(
        (known) => known.sessionId === lane.sessionId && known.variantId === lane.variantId,
      ),
  );
  const waveformLanes = [
    ...examples.lanes,
    ...lanes.map((lane, laneIndex) => ({
      sessionId: lane.sessionId,
      variantId: lane.variantId,
      notes: lane.notes.map(([timestamp, text], index) => ({
        id: `note_${laneIndex + 1}${index + 1}`,
        timestamp,
        text,
        createdAt: at(72 + index),
        updatedAt: at(48 + index),
      })),
    })),
  ];
  return { sessions, waveformLanes };
}

function toSession(row: SeedRow, apiBase: string, at: (hoursAgo: number) => string): SessionRecord {
  const previews = row.previews.map(([id, name]): PreviewRecord => ({
    id,
    name,
    path: previewPath(row.projectPath, name),
    status: 'ready',
  }));
  const preferred = previews[0];
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    status: row.status,
    accent: row.accent,
    tags: [...row.tags],
    notes: row.notes,
    ...(row.openedHoursAgo === null ? {} : { lastOpened: at(row.openedHoursAgo) }),
    projectPath: row.projectPath,
    projectOriginalPath: row.projectPath,
    previewStatus: preferred ? 'ready' : 'missing',
    ...(preferred
      ? {
          previewUrl: `${apiBase}/sessions/${row.id}/preview`,
          previewAudioUrl: toFileUrl(preferred.path),
          previewAudioMime: 'audio/wav',
          preferredPreviewId: preferred.id,
        }
      : {}),
    previews,
  };
}

/** Where a preview file lives: in a Bounces folder beside the project. */
function previewPath(projectPath: string, name: string): string {
  const separator = projectPath.includes('\\') ? '\\' : '/';
  const folder = projectPath.slice(0, projectPath.lastIndexOf(separator));
  return `${folder}${separator}Bounces${separator}${name}.wav`;
}

/** A file URL for a macOS or Windows path: `C:\A B\x.wav` → `file:///C:/A%20B/x.wav`. */
export function toFileUrl(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  return `file://${slashed.startsWith('/') ? '' : '/'}${encodeURI(slashed)}`;
}
