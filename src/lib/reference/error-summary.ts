/** The `code` and `message` of an error example, for the one-line summary above it. */
export interface ErrorSummary {
  code: string;
  message: string;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Reads an error envelope example: `{"error":{"code","message"}}` (SessionDock's) or a flat
 * `{"code","message"}`. Returns undefined for anything else.
 */
export function toErrorSummary(value: unknown): ErrorSummary | undefined {
  const outer = asRecord(value);
  const envelope = asRecord(outer?.error) ?? outer;
  const code = envelope?.code;
  const message = envelope?.message;
  if (typeof code !== 'string' || typeof message !== 'string') return undefined;
  return { code, message };
}
