import type { LoopbackPermission } from './loopback-access.ts';

/** What the panel tells the reader about an exchange: a title, details and what to do. */
export interface Diagnosis {
  tone: 'success' | 'caution' | 'danger';
  title: string;
  details: string[];
}

/** Why a request produced no HTTP response, as the transport observed it. */
export type FailureKind = 'cancelled' | 'timeout' | 'network';

export interface FailureContext {
  kind: FailureKind;
  baseUrl: string;
  pageOrigin: string;
  timeoutSeconds: number;
  permission: LoopbackPermission;
  pageMayReachLoopback: boolean;
  /** Whether a no-cors probe of the same URL got through: the server is up, CORS refused us. */
  reachableWithoutCors: boolean | undefined;
}

/**
 * Turns a failed request to the reader's SessionDock into a distinct, actionable message.
 * Decided by what was observed (error name, permission state, probe), never by message text,
 * which differs between browsers.
 */
export function diagnoseFailure(context: FailureContext): Diagnosis {
  const { baseUrl, pageOrigin } = context;
  if (context.kind === 'cancelled') {
    return {
      tone: 'caution',
      title: 'Request cancelled',
      details: ['Nothing more will arrive for it. Change the inputs and send again when ready.'],
    };
  }
  if (context.kind === 'timeout') {
    return {
      tone: 'danger',
      title: `No answer within ${context.timeoutSeconds} seconds`,
      details: [
        `Something accepted the connection at ${baseUrl} but did not reply in time.`,
        'Check that SessionDock is not busy or paused (a modal dialog, an import in progress) and that no other program holds that port.',
      ],
    };
  }
  if (!context.pageMayReachLoopback) {
    return {
      tone: 'danger',
      title: 'This page is not allowed to call your computer',
      details: [
        `Browsers refuse requests to 127.0.0.1 from pages served over plain http from another host (this page: ${pageOrigin}).`,
        'Open the docs over https, or run them locally (127.0.0.1 or localhost), then try again.',
      ],
    };
  }
  if (context.permission === 'denied') {
    return {
      tone: 'danger',
      title: 'Your browser blocked access to apps on this device',
      details: [
        `The Local Network Access permission for ${pageOrigin} is set to Block, so the request never left the browser.`,
        'To allow it: click the site controls icon left of the address, set "Apps on device" (or "Local network access") to Allow, then reload this page.',
      ],
    };
  }
  if (context.reachableWithoutCors) {
    return {
      tone: 'danger',
      title: 'SessionDock answered, but does not allow this site',
      details: [
        `Something is listening at ${baseUrl}, but it did not grant ${pageOrigin} access (CORS), so the browser withheld the answer.`,
        `Add ${pageOrigin} to the allowed origins of the Local API (for the sandbox server: --allow-origin ${pageOrigin}), or use the docs from an origin it already allows.`,
      ],
    };
  }
  return {
    tone: 'danger',
    title: `SessionDock did not answer at ${baseUrl}`,
    details: [
      'Is SessionDock running on this computer?',
      'Is the Local API enabled in SessionDock\u2019s Settings?',
      'Does the port in the base URL match the one in Settings (18432 by default)?',
      `Does SessionDock allow this site\u2019s origin (${pageOrigin})? If you just allowed it, your browser may also ask for permission to reach apps on this device.`,
    ],
  };
}
