import type { Behaviour } from '../behaviour.ts';
import type { PreviewRecord, SessionRecord } from '../mock-state.ts';
import { toFileUrl } from '../seed-library.ts';
import { newSession } from './sessions.ts';

interface ImportItem {
  projectPath: string;
  title?: string;
  projectType?: string;
  previewAudioPath?: string;
}

/** DAWs by project file extension, for items that name no kind. */
const KIND_BY_EXTENSION: Record<string, string> = {
  als: 'Ableton',
  logicx: 'Logic Pro',
  cpr: 'Cubase',
  npr: 'Nuendo',
  rpp: 'Reaper',
  flp: 'FL Studio',
  ptx: 'Pro Tools',
  song: 'Studio One',
  bwproject: 'Bitwig Studio',
};

/**
 * POST /import: adds a session per item, at once (the mock's import is done when it answers).
 * An item whose project path is already in the library (or earlier in the batch) is skipped;
 * one whose path is not absolute (`/…`, `C:\…`) fails.
 */
export const createImport: Behaviour = ({ state, body, apiBase }) => {
  const { kind, generatePreviews, items } = body as {
    kind?: string;
    generatePreviews?: boolean;
    items: ImportItem[];
  };
  const known = new Set(state.sessions.map((session) => session.projectPath.toLowerCase()));
  const counts = { completed: 0, failed: 0, skipped: 0 };
  for (const item of items) {
    const path = item.projectPath.trim();
    if (known.has(path.toLowerCase())) {
      counts.skipped += 1;
      continue;
    }
    if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path)) {
      counts.failed += 1;
      continue;
    }
    known.add(path.toLowerCase());
    const session = newSession(state, item.title?.trim() || baseName(path));
    session.kind = item.projectType || kind || kindOf(path);
    session.projectPath = path;
    session.projectOriginalPath = path;
    if (item.previewAudioPath || generatePreviews)
      addPreview(session, item.previewAudioPath ?? previewBeside(path), apiBase);
    state.sessions.unshift(session);
    counts.completed += 1;
  }
  state.counters.import += 1;
  const importId = `import_${String(state.counters.import).padStart(4, '0')}`;
  return {
    data: {
      importId,
      total: items.length,
      ...counts,
      done: true,
      durationMs: 40 + 35 * counts.completed,
    },
  };
};

function addPreview(session: SessionRecord, path: string, apiBase: string): void {
  const preview: PreviewRecord = { id: 'preview_main', name: 'Main mix', path, status: 'ready' };
  Object.assign(session, {
    previewStatus: 'ready',
    previewUrl: `${apiBase}/sessions/${session.id}/preview`,
    previewAudioUrl: toFileUrl(path),
    previewAudioMime: path.toLowerCase().endsWith('.mp3') ? 'audio/mpeg' : 'audio/wav',
    preferredPreviewId: preview.id,
    previews: [preview],
  });
}

function baseName(path: string): string {
  const last =
    path
      .split(/[\\/]/)
      .filter((part) => part !== '')
      .at(-1) ?? path;
  return last.replace(/\.[^.]+$/, '');
}

function kindOf(path: string): string {
  return KIND_BY_EXTENSION[/\.([^.\\/]+)$/.exec(path)?.[1]?.toLowerCase() ?? ''] ?? 'Ableton';
}

function previewBeside(path: string): string {
  return `${path.replace(/\.[^.\\/]+$/, '')} preview.wav`;
}
