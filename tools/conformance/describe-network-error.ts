/** How long a request may take before the run gives up on it. */
export const REQUEST_TIMEOUT_MS = 10_000;

/** A short reason for a failed fetch: `connection refused`, `no answer within 10 s`, `unknown host`… */
export function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } } | null)?.cause;
  if (cause?.code === 'ECONNREFUSED') return 'connection refused';
  if (cause?.code === 'ENOTFOUND' || cause?.code === 'EAI_AGAIN') return 'unknown host';
  if (cause?.code === 'ECONNRESET') return 'the connection was reset';
  const name = (error as { name?: string } | null)?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return `no answer within ${REQUEST_TIMEOUT_MS / 1000} s`;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
