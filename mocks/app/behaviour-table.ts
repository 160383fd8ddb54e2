import type { Behaviour } from './behaviour.ts';
import { focusSession, openSession } from './behaviours/automation.ts';
import { createImport } from './behaviours/imports.ts';
import {
  getSessionTags,
  listTags,
  replaceSessionNotes,
  replaceSessionTags,
} from './behaviours/metadata.ts';
import {
  getSessionPreview,
  getSessionWaveform,
  getSessionWaveformNotes,
  replaceSessionWaveformNotes,
} from './behaviours/previews.ts';
import {
  createSession,
  deleteSession,
  getSession,
  listSessions,
  patchSession,
} from './behaviours/sessions.ts';
import { getHealth } from './behaviours/system.ts';

/**
 * The simulated app's behaviour per operationId. An operation of the contract missing here is
 * still answered, with its success example, so a new operation works in the mock at once.
 */
export const behaviourTable: Readonly<Record<string, Behaviour>> = {
  getHealth,
  listSessions,
  createSession,
  getSession,
  patchSession,
  deleteSession,
  getSessionTags,
  replaceSessionTags,
  patchSessionTags: replaceSessionTags,
  replaceSessionNotes,
  patchSessionNotes: replaceSessionNotes,
  listTags,
  getSessionPreview,
  getSessionWaveform,
  getSessionWaveformNotes,
  replaceSessionWaveformNotes,
  patchSessionWaveformNotes: replaceSessionWaveformNotes,
  openSession,
  focusSession,
  createImport,
};
