/** Where the Markdown twin of a page lives, relative to the site's base path. */

/** Twin of a page route: `installation/` → `installation.md`, the home page `` → `index.md`. */
export function twinPath(route: string): string {
  const trimmed = route.replace(/^\/+|\/+$/g, '');
  return `${trimmed === '' ? 'index' : trimmed}.md`;
}

/** The page route a twin path belongs to: `installation.md` → `installation/`, `index.md` → ``. */
export function pageRouteOfTwin(path: string): string {
  const trimmed = path.replace(/^\/+/, '').replace(/\.md$/, '');
  return trimmed === 'index' ? '' : `${trimmed}/`;
}

/**
 * The twin of the page at `pathname` (a URL path under `basePath`), as a URL path, or undefined
 * when the page is outside the base.
 */
export function twinUrlOfPage(pathname: string, basePath: string): string | undefined {
  const base = basePath.replace(/\/+$/, '');
  if (pathname !== base && !pathname.startsWith(`${base}/`)) return undefined;
  const route = pathname.slice(base.length).replace(/index\.html$/, '');
  return `${base}/${twinPath(route)}`;
}
