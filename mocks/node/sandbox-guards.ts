/** Methods a preflight may ask for. */
export const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
/** Request headers a page may send; `Authorization` must be listed by name (`*` never covers it). */
export const ALLOWED_HEADERS = 'Authorization, Content-Type, Prefer';
/** Response headers the try-it panel reads and shows. */
export const EXPOSED_HEADERS = 'Content-Type, Content-Length, Date, X-SessionDock-Mock';

/** The host names a request may address: only the loopback names, so a rebound DNS name is refused. */
const HOST_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** True when the `Host` header names this server by a loopback name and its port. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return HOST_NAMES.some((name) => host.toLowerCase() === `${name}:${port}`);
}

/** True when a request carries no `Origin` (curl, scripts) or one of the allowed origins. */
export function isAllowedOrigin(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  return origin === undefined || allowedOrigins.includes(origin);
}

/**
 * CORS headers for a response: `Access-Control-Allow-Origin` echoes the origin only when it is
 * allowed (never `*`, never any origin); `Vary: Origin` keeps caches from mixing answers.
 */
export function corsHeaders(
  origin: string | undefined,
  allowedOrigins: readonly string[],
): Record<string, string> {
  const headers: Record<string, string> = { Vary: 'Origin' };
  if (origin === undefined || !allowedOrigins.includes(origin)) return headers;
  headers['Access-Control-Allow-Origin'] = origin;
  headers['Access-Control-Expose-Headers'] = EXPOSED_HEADERS;
  return headers;
}

/** Extra headers of a preflight answer from an allowed origin. */
export function preflightHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': ALLOWED_METHODS,
    'Access-Control-Allow-Headers': ALLOWED_HEADERS,
    'Access-Control-Max-Age': '600',
  };
}
