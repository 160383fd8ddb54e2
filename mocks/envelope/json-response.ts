import { errorReply, jsonReply, toResponse } from './mock-reply.ts';

/** A JSON response, with the mock's rule header when one is given. */
export function jsonResponse(status: number, body: unknown, rule?: string): Response {
  return toResponse(jsonReply(status, body, rule));
}

/** The error envelope `{"error":{"status","code","message"}}` as a JSON response. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  rule?: string,
): Response {
  return toResponse(errorReply(status, code, message, rule));
}
