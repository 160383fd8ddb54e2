import type { MiddlewareHandler } from 'astro';
import { recordPageLinks } from './page-links-store.ts';

/**
 * Added by the integration for `astro build` only: each HTML page's links and ids are recorded as
 * it is rendered, so that the check after the build reads no page back from disk (160 MB of HTML
 * at 1,000 operations).
 */
export const onRequest: MiddlewareHandler = async (context, next) => {
  const response = await next();
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  recordPageLinks(context.url.pathname, html);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
};
