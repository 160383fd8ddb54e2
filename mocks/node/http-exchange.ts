import type { IncomingMessage, ServerResponse } from 'node:http';
import type { MockReply } from '../envelope/mock-reply.ts';
import type { MockRequest } from '../envelope/mock-request.ts';

/** The largest request body the sandbox reads: 1 MiB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Why a request body could not be read. */
export type BodyTooLarge = { tooLarge: true };

/**
 * A Node request as the mock reads it, without a Fetch `Request`: the URL as text, the headers
 * looked up as Fetch would (case-insensitive, a repeated header joined with ", "), the body
 * already read. `toFetchRequest` builds the real thing for the few requests msw itself answers.
 */
export class NodeMockRequest implements MockRequest {
  readonly method: string;
  readonly url: string;
  readonly parsedUrl: URL;
  readonly headers: { get(name: string): string | null };
  readonly #rawHeaders: readonly string[];
  readonly #body: Buffer | undefined;

  constructor(method: string, url: URL, rawHeaders: readonly string[], body: Buffer | undefined) {
    this.method = method;
    this.url = url.href;
    this.parsedUrl = url;
    this.#rawHeaders = rawHeaders;
    this.#body = body;
    let byName: Map<string, string> | undefined;
    this.headers = {
      get: (name) => (byName ??= joinHeaders(rawHeaders)).get(name.toLowerCase()) ?? null,
    };
  }

  text(): Promise<string> {
    return Promise.resolve(this.#body ? this.#body.toString('utf8') : '');
  }

  /** The same request as a Fetch `Request`, repeated headers kept as sent. */
  toFetchRequest(): Request {
    const headers: Array<[string, string]> = [];
    for (let index = 0; index + 1 < this.#rawHeaders.length; index += 2)
      headers.push([this.#rawHeaders[index] as string, this.#rawHeaders[index + 1] as string]);
    const body = this.#body;
    return new Request(this.url, {
      method: this.method,
      headers,
      body: body ? new Uint8Array(body) : null,
    });
  }
}

function joinHeaders(raw: readonly string[]): Map<string, string> {
  const byName = new Map<string, string>();
  for (let index = 0; index + 1 < raw.length; index += 2) {
    const name = (raw[index] as string).toLowerCase();
    const value = raw[index + 1] as string;
    const earlier = byName.get(name);
    byName.set(name, earlier === undefined ? value : `${earlier}, ${value}`);
  }
  return byName;
}

/** Reads a Node request on `origin` for the mock, or reports a body over the limit. */
export async function readNodeRequest(
  incoming: IncomingMessage,
  origin: string,
  limit = BODY_LIMIT_BYTES,
): Promise<NodeMockRequest | BodyTooLarge> {
  const declared = Number(incoming.headers['content-length'] ?? 0);
  if (declared > limit) {
    incoming.resume();
    return { tooLarge: true };
  }
  const method = incoming.method ?? 'GET';
  // A request without Content-Length or Transfer-Encoding has no body (RFC 9112, 6.3): nothing to wait for.
  const mayHaveBody =
    incoming.headers['content-length'] !== undefined ||
    incoming.headers['transfer-encoding'] !== undefined;
  const body = mayHaveBody ? await readBody(incoming, limit) : undefined;
  if (body && 'tooLarge' in body) return body;
  const hasBody = method !== 'GET' && method !== 'HEAD' && body !== undefined && body.length > 0;
  return new NodeMockRequest(
    method,
    new URL(incoming.url ?? '/', origin),
    incoming.rawHeaders,
    hasBody ? body : undefined,
  );
}

function readBody(incoming: IncomingMessage, limit: number): Promise<Buffer | BodyTooLarge> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      stop();
      incoming.resume();
      resolve({ tooLarge: true });
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks));
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', reject);
  });
}

/** A Fetch `Response` as a reply (for the answers msw gives: 404, 405). */
export async function toReply(response: Response): Promise<MockReply> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  return { status: response.status, headers, body: await response.text() };
}

/** Writes a reply to a Node response, adding `extraHeaders`. */
export function writeReply(
  outgoing: ServerResponse,
  reply: MockReply,
  extraHeaders: Readonly<Record<string, string>>,
): void {
  // setHeader, not writeHead(status, headers): the request log reads the headers back.
  for (const [name, value] of Object.entries(reply.headers)) outgoing.setHeader(name, value);
  for (const [name, value] of Object.entries(extraHeaders)) outgoing.setHeader(name, value);
  const bodiless = reply.status === 204 || reply.status === 304;
  const body = reply.body ?? '';
  if (!bodiless) outgoing.setHeader('Content-Length', Buffer.byteLength(body));
  outgoing.writeHead(reply.status);
  outgoing.end(bodiless ? undefined : body);
}
