import { twinPath } from './twin-paths.ts';

/**
 * A link of a page, made absolute for its Markdown twin (which lives at another URL depth).
 * Relative and root-relative links to pages with a twin point at the twin; others stay pages.
 */
export function resolveLink(
  href: string,
  route: string,
  context: { basePath: string; twinRoutes: ReadonlySet<string> },
): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('//'))
    return href;
  const base = context.basePath.replace(/\/+$/, '');
  const page = new URL(`http://site${base}/${route}`);
  const target = new URL(href, page);
  if (!target.pathname.startsWith(`${base}/`) && target.pathname !== base)
    return `${target.pathname}${target.hash}`;
  const targetRoute = target.pathname
    .slice(base.length + 1)
    .replace(/\/?$/, '/')
    .replace(/^\/$/, '');
  if (context.twinRoutes.has(targetRoute)) return `${base}/${twinPath(targetRoute)}${target.hash}`;
  return `${target.pathname}${target.search}${target.hash}`;
}
