import type { MiddlewareHandler } from 'astro';
import { protectPage } from './protect-page.ts';

/**
 * Added by the integration for `astro build` only: each HTML page gets its policy as it is
 * rendered, before it is written, so the build never reads its pages back to hash and rewrite
 * them (two passes over 130 MB of HTML at 1,000 operations).
 */
export const onRequest: MiddlewareHandler = async (_context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  return new Response(protectPage(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
