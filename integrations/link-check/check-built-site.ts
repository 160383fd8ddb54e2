import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { checkLinks, formatBrokenLinks } from './check-links.ts';
import { findLinks, type PageLinks } from './find-links.ts';

/** Where the built site is and where it is served. */
export interface BuiltSiteLocation {
  /** The output folder, a file path. */
  root: string;
  origin: string;
  basePath: string;
}

/** What the check found: the number of pages, and the report of broken links if there are any. */
export interface LinkCheckResult {
  pages: number;
  report: string | undefined;
}

/** Reads every HTML page of the built site in `root` and checks its internal links. */
export async function checkBuiltSite({
  root,
  origin,
  basePath,
}: BuiltSiteLocation): Promise<LinkCheckResult> {
  const files = await listFiles(root);
  const pages = new Map<string, PageLinks>();
  const base = basePath.replace(/\/+$/, '');
  // Each distinct href and id is kept once, as a copy: pages repeat the header's and sidebar's
  // links and the outline's ids, and a string matched out of a page is a slice of it, which
  // would keep the whole page's markup in memory until every page is read.
  const kept = new Map<string, string>();
  const intern = (text: string) => {
    const known = kept.get(text);
    if (known !== undefined) return known;
    const copy = copyString(text);
    kept.set(copy, copy);
    return copy;
  };
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const links = findLinks(await readFile(join(root, file), 'utf8'));
    pages.set(`${base}/${file.replace(/index\.html$/, '')}`, {
      hrefs: [...new Set(links.hrefs)].map(intern),
      ids: new Set([...links.ids].map(intern)),
    });
  }
  const broken = checkLinks({ origin, basePath, files: new Set(files), pages });
  return { pages: pages.size, report: broken.length > 0 ? formatBrokenLinks(broken) : undefined };
}

/** A string that shares no memory with the one it was cut from. */
function copyString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
