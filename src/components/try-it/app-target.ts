import { diagnoseFailure, type Diagnosis } from './diagnose.ts';
import {
  isPageOriginAllowedLoopback,
  readLoopbackPermission,
  supportsTargetAddressSpace,
} from './loopback-access.ts';
import { sendRequest, type Exchange, type OutgoingRequest } from './send-request.ts';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether `url` points at this computer: the only place the panel sends the reader's token. */
export function isLoopbackUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === 'http:' || parsed.protocol === 'https:') &&
      LOOPBACK_HOSTS.has(parsed.hostname)
    );
  } catch {
    return false;
  }
}

export interface AppSendOptions {
  baseUrl: string;
  timeoutMs: number;
  cancel: AbortSignal;
}

/**
 * Sends a request straight to the reader's SessionDock (no service worker exists on this site)
 * and, when no response arrives, works out why: cancel, timeout, insecure page, a blocked Local
 * Network Access permission, CORS refusal (a no-cors probe gets through), or nothing listening.
 */
export async function sendToApp(
  outgoing: OutgoingRequest,
  options: AppSendOptions,
): Promise<{ exchange: Exchange; diagnosis?: Diagnosis }> {
  const init = supportsTargetAddressSpace() ? { targetAddressSpace: 'loopback' } : {};
  const exchange = await sendRequest(outgoing, {
    fetch: (request) => fetch(request),
    timeoutMs: options.timeoutMs,
    cancel: options.cancel,
    init,
  });
  if (exchange.kind === 'response') return { exchange };
  // Read after the failure: a prompt the reader just answered with Block shows up only now.
  const permission = await readLoopbackPermission();
  const pageMayReachLoopback = isPageOriginAllowedLoopback(location);
  const reachableWithoutCors =
    exchange.failure === 'network' && permission !== 'denied' && pageMayReachLoopback
      ? await probeWithoutCors(options.baseUrl, init)
      : undefined;
  return {
    exchange,
    diagnosis: diagnoseFailure({
      kind: exchange.failure,
      baseUrl: options.baseUrl,
      pageOrigin: location.origin,
      timeoutSeconds: Math.round(options.timeoutMs / 1000),
      permission,
      pageMayReachLoopback,
      reachableWithoutCors,
    }),
  };
}

/** An opaque no-cors GET succeeds when a server answers at all, whatever its CORS headers say. */
async function probeWithoutCors(baseUrl: string, init: Record<string, unknown>): Promise<boolean> {
  try {
    await fetch(`${baseUrl.replace(/\/+$/, '')}/health`, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(3000),
      ...init,
    });
    return true;
  } catch {
    return false;
  }
}
