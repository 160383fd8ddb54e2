/**
 * The site's settings, in one place. Each can be overridden from the environment at build time:
 *   DOCS_BASE      base path the site is served under (default `/docs`, as on the published site;
 *                  `/` for a host that serves it at the root)
 *   DOCS_SITE      absolute origin of the deployed site, for canonical URLs and the sitemap
 *   DOCS_CONTRACT  the OpenAPI contract the reference is generated from
 */
const env = typeof process === 'undefined' ? {} : process.env;

function normalizeBase(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}`;
}

export const siteConfig = {
  basePath: normalizeBase(env.DOCS_BASE ?? '/docs'),
  siteUrl: env.DOCS_SITE ?? 'https://app.sessiondock.com',
  contractPath: env.DOCS_CONTRACT ?? 'openapi/sessiondock.openapi.yaml',
} as const;
