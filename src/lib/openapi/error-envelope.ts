/** The `error` object of the contract's error envelope `{"error": {"status", "code", "message"}}`. */
export interface ErrorDetails {
  /** The HTTP status, repeated. */
  status: number;
  /** A stable, machine-readable code (`not_found`). */
  code: string;
  /** A sentence for people. */
  message: string;
}

/** The error envelope every documented error body has. */
export interface ErrorEnvelope {
  error: ErrorDetails;
}

/**
 * The fields of an error envelope that are present with the right type (a wrong-typed field is
 * left out). Undefined when the value has no `error` object: it is not an envelope at all.
 */
export function readErrorEnvelope(value: unknown): Partial<ErrorDetails> | undefined {
  const error =
    typeof value === 'object' && value !== null ? (value as { error?: unknown }).error : undefined;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) return undefined;
  const { status, code, message } = error as Record<string, unknown>;
  return {
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof message === 'string' ? { message } : {}),
  };
}

/** `readErrorEnvelope` over a response body's text; undefined for text that is not JSON. */
export function parseErrorEnvelope(text: string | undefined): Partial<ErrorDetails> | undefined {
  try {
    return readErrorEnvelope(JSON.parse(text ?? ''));
  } catch {
    return undefined;
  }
}
