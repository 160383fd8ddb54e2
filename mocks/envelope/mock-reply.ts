import { toJsonText } from './json-text.ts';

/** The header that says which rule of the mock chose a response (shown by the panel, exposed by the sandbox). */
export const MOCK_RULE_HEADER = 'X-SessionDock-Mock';

/**
 * What the mock answers, before any transport: status, headers and the body as JSON text. The
 * browser wraps it in a Fetch `Response` (`toResponse`); the sandbox writes it to the socket as it
 * is, without building a `Response` and reading it back, which cost more than the answer itself.
 */
export interface MockReply {
  status: number;
  headers: Readonly<Record<string, string>>;
  /** JSON text, or null for a reply without a body. */
  body: string | null;
}

/** A JSON reply, with the mock's rule header when one is given. */
export function jsonReply(status: number, body: unknown, rule?: string): MockReply {
  return {
    status,
    headers: rule
      ? { 'Content-Type': 'application/json', [MOCK_RULE_HEADER]: rule }
      : { 'Content-Type': 'application/json' },
    body: toJsonText(body),
  };
}

/** The error envelope `{"error":{"status","code","message"}}` as a JSON reply. */
export function errorReply(
  status: number,
  code: string,
  message: string,
  rule?: string,
): MockReply {
  return jsonReply(status, { error: { status, code, message } }, rule ?? code);
}

/** The reply as a Fetch `Response`. */
export function toResponse(reply: MockReply): Response {
  return new Response(reply.body, { status: reply.status, headers: reply.headers });
}
