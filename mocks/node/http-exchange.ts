import type { IncomingMessage, ServerResponse } from 'node:http';

/** The largest request body the sandbox reads: 1 MiB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Why a request body could not be read. */
export type BodyTooLarge = { tooLarge: true };

/** Turns a Node request into a Fetch `Request` on `origin`, or reports a body over the limit. */
export async function toFetchRequest(
  incoming: IncomingMessage,
  origin: string,
  limit = BODY_LIMIT_BYTES,
): Promise<Request | BodyTooLarge> {
  const declared = Number(incoming.headers['content-length'] ?? 0);
  if (declared > limit) {
    incoming.resume();
    return { tooLarge: true };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      incoming.resume();
      return { tooLarge: true };
    }
    chunks.push(chunk);
  }
  // rawHeaders as name/value pairs: one pass, and repeated headers stay as sent.
  const raw = incoming.rawHeaders;
  const headers: Array<[string, string]> = [];
  for (let index = 0; index + 1 < raw.length; index += 2)
    headers.push([raw[index] as string, raw[index + 1] as string]);
  const method = incoming.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD' && chunks.length > 0;
  return new Request(new URL(incoming.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? Buffer.concat(chunks) : null,
  });
}

/** Writes a Fetch `Response` to a Node response, adding `extraHeaders`. */
export async function writeResponse(
  outgoing: ServerResponse,
  response: Response,
  extraHeaders: Readonly<Record<string, string>>,
): Promise<void> {
  // text(), not arrayBuffer(): the mock's bodies are JSON text, and reading them as text is half the work.
  const body = Buffer.from(await response.text());
  // setHeader, not writeHead(status, headers): the request log reads the headers back.
  response.headers.forEach((value, name) => outgoing.setHeader(name, value));
  for (const [name, value] of Object.entries(extraHeaders)) outgoing.setHeader(name, value);
  if (response.status !== 204 && response.status !== 304)
    outgoing.setHeader('Content-Length', String(body.length));
  outgoing.writeHead(response.status);
  outgoing.end(response.status === 204 ? undefined : body);
}
