import type { FailureKind } from './diagnose.ts';
import { markPhase } from './mark-phase.ts';

/** The request the panel sends: the same shape the snippets are built from. */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body?: string | undefined;
}

/** What came back: an HTTP response, or the reason there was none. */
export type Exchange =
  | {
      kind: 'response';
      status: number;
      statusText: string;
      headers: Array<[string, string]>;
      contentType: string;
      durationMs: number;
      /** The body decoded as text, or undefined for a binary body (never decoded as text). */
      bodyText: string | undefined;
      /** The body's bytes. A Blob is made of them only for a download: a Blob is registered with the browser process, about a millisecond per send. */
      bytes: Uint8Array<ArrayBuffer>;
    }
  | { kind: 'failure'; failure: FailureKind; durationMs: number };

export interface SendOptions {
  /** Injected so tests (and the mock target) can answer without a network. */
  fetch: (request: Request) => Promise<Response>;
  timeoutMs: number;
  /** Aborted by the reader's Cancel. */
  cancel: AbortSignal;
  /** Extra RequestInit fields, such as `targetAddressSpace` for the reader's machine. */
  init?: Record<string, unknown>;
  now?: () => number;
}

/** Sends one request with a timeout and a cancel; never throws, never hangs past the timeout. */
export async function sendRequest(
  outgoing: OutgoingRequest,
  options: SendOptions,
): Promise<Exchange> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const signal = AbortSignal.any([options.cancel, AbortSignal.timeout(options.timeoutMs)]);
  try {
    const request = new Request(outgoing.url, {
      method: outgoing.method,
      headers: outgoing.headers,
      body:
        outgoing.body === undefined || ['GET', 'HEAD'].includes(outgoing.method)
          ? null
          : outgoing.body,
      signal,
      mode: 'cors',
      credentials: 'omit',
      cache: 'no-store',
      ...options.init,
    });
    markPhase('request');
    const response = await options.fetch(request);
    markPhase('answered');
    const contentType = response.headers.get('content-type') ?? '';
    // The bytes, not response.blob() and blob.text(): each waits on the browser process (its blob
    // registry), a few milliseconds per send when the machine is busy.
    const bytes = await readBytes(response);
    markPhase('read');
    return {
      kind: 'response',
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      contentType,
      bodyText: isTextual(contentType) ? new TextDecoder().decode(bytes) : undefined,
      bytes,
      durationMs: Math.round(now() - started),
    };
  } catch (error) {
    return {
      kind: 'failure',
      failure: classify(error, options.cancel),
      durationMs: Math.round(now() - started),
    };
  }
}

/**
 * The whole body, read through its stream. `arrayBuffer()` and `text()` settle in a task of their
 * own even for a body already in memory (Blink resolves them later), so a frame drawn in between
 * ("Sending…") put the in-page mock's answer one frame later; a stream's reads settle at once.
 */
export async function readBytes(response: Response): Promise<Uint8Array<ArrayBuffer>> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** JSON, text, XML and forms are shown as text; anything else (audio, images…) is binary. */
export function isTextual(contentType: string): boolean {
  return (
    contentType === '' ||
    /^(text\/|application\/([\w.-]+\+)?(json|xml)|application\/(javascript|x-www-form-urlencoded|yaml))/i.test(
      contentType,
    )
  );
}

/** By the error's name and the cancel signal, never by message text (it differs per browser). */
function classify(error: unknown, cancel: AbortSignal): FailureKind {
  if (cancel.aborted) return 'cancelled';
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return 'timeout';
  return 'network';
}
