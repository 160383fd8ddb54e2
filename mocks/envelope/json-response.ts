/** The header that says which rule of the mock chose a response (shown by the panel, exposed by the sandbox). */
export const MOCK_RULE_HEADER = 'X-SessionDock-Mock';

/** A JSON response, with the mock's rule header when one is given. */
export function jsonResponse(status: number, body: unknown, rule?: string): Response {
  const headers: Record<string, string> = rule
    ? { 'Content-Type': 'application/json', [MOCK_RULE_HEADER]: rule }
    : { 'Content-Type': 'application/json' };
  return new Response(JSON.stringify(body), { status, headers });
}

/** The error envelope `{"error":{"status","code","message"}}` as a JSON response. */
export function errorResponse(
  status: number,
  code: string,
  message: string,
  rule?: string,
): Response {
  return jsonResponse(status, { error: { status, code, message } }, rule ?? code);
}
