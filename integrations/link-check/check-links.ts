import type { PageLinks } from './find-links.ts';

/** A link that leads nowhere on the built site. */
export interface BrokenLink {
  /** URL path of the page that holds the link. */
  page: string;
  href: string;
  reason: string;
}

export interface BuiltSite {
  /** Origin the site is deployed at (`https://app.sessiondock.com`): absolute links to it are checked too. */
  origin: string;
  /** Base path, `/docs` or `/`. */
  basePath: string;
  /** Every output file, by path relative to the output folder (`installation/index.html`). */
  files: ReadonlySet<string>;
  /** Links and ids of every HTML page, by URL path (`/docs/installation/`). */
  pages: ReadonlyMap<string, PageLinks>;
}

const IGNORED_SCHEMES = /^(mailto|tel|javascript|data|blob):/i;

/** Every internal link of every page whose target file (or `#fragment`) does not exist. */
export function checkLinks(site: BuiltSite): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, links] of site.pages) {
    for (const href of new Set(links.hrefs)) {
      const reason = problemWith(href, page, site);
      if (reason) broken.push({ page, href, reason });
    }
  }
  return broken;
}

function problemWith(href: string, page: string, site: BuiltSite): string | undefined {
  if (IGNORED_SCHEMES.test(href.trim())) return undefined;
  const pageUrl = new URL(page, site.origin);
  let target: URL;
  try {
    target = new URL(href.trim(), pageUrl);
  } catch {
    return 'not a valid URL';
  }
  if (target.origin !== new URL(site.origin).origin) return undefined;
  const base = site.basePath.replace(/\/+$/, '');
  const pathname = safeDecode(target.pathname);
  if (pathname !== base && !pathname.startsWith(`${base}/`))
    return `outside the base path ${site.basePath}`;
  const file = fileOf(pathname.slice(base.length).replace(/^\/+/, ''), site.files);
  if (file === undefined) return 'no such page or file';
  const fragment = safeDecode(target.hash.slice(1));
  if (fragment === '' || !file.endsWith('.html')) return undefined;
  const targetPage = site.pages.get(`${base}/${file.replace(/index\.html$/, '')}`);
  if (targetPage && !targetPage.ids.has(fragment)) return `no element with id "${fragment}"`;
  return undefined;
}

/** The output file a path (relative to the base) is served from, trying what a static host tries. */
function fileOf(relative: string, files: ReadonlySet<string>): string | undefined {
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [`${relative}index.html`]
      : [relative, `${relative}/index.html`, `${relative}.html`];
  return candidates.find((candidate) => files.has(candidate));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The report printed when the build fails: one line per broken link, grouped by page. */
export function formatBrokenLinks(broken: BrokenLink[]): string {
  const byPage = Map.groupBy(broken, (link) => link.page);
  const lines = [...byPage].flatMap(([page, links]) => [
    `  ${page}`,
    ...links.map((link) => `    → ${link.href}  (${link.reason})`),
  ]);
  return `${broken.length} broken internal link${broken.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
