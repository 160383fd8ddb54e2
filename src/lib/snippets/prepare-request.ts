import type { SnippetRequest } from './snippet-request.ts';

/** A request header, with the bearer token split out so each language can write it its own way. */
export interface PreparedHeader {
  name: string;
  /** The full value; for the token header, only what precedes the token (`Bearer `). */
  value: string;
  /** True for `Authorization: Bearer …` when the token must come from the environment. */
  isToken: boolean;
}

/** A request as the snippet generators read it. */
export interface PreparedRequest {
  method: string;
  url: string;
  headers: PreparedHeader[];
  body?: string | undefined;
}

const BEARER = /^bearer\s+/i;

/**
 * Normalizes the method and marks the bearer token header. The token itself is dropped unless
 * `revealToken` is given, in which case that literal is written instead.
 */
export function prepareRequest(request: SnippetRequest, revealToken?: string): PreparedRequest {
  const headers = request.headers.map(([name, value]): PreparedHeader => {
    if (name.toLowerCase() !== 'authorization' || !BEARER.test(value)) return { name, value, isToken: false };
    if (revealToken !== undefined) return { name, value: `Bearer ${revealToken}`, isToken: false };
    return { name, value: 'Bearer ', isToken: true };
  });
  const method = request.method.toUpperCase();
  return { method, url: request.url, headers, body: request.body };
}
