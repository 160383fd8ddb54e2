import type { MiddlewareHandler } from 'astro';
import { protectPage, recordProtectedPage } from './protect-page.ts';

/**
 * Added by the integration for `astro build` only: each HTML page gets its policy as it is
 * rendered, before it is written, so the build never reads its pages back to hash and rewrite
 * them (two passes over 130 MB of HTML at 1,000 operations).
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = protectPage(await response.text());
  recordProtectedPage(context.url.pathname);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
