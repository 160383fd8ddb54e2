import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { checkLinks, formatBrokenLinks } from './check-links.ts';
import { findLinks, type PageLinks } from './find-links.ts';
import { keepLinks } from './page-links-store.ts';

/** Where the built site is and where it is served. */
export interface BuiltSiteLocation {
  /** The output folder, a file path. */
  root: string;
  origin: string;
  basePath: string;
  /**
   * The links of a page recorded while it was rendered, by its URL path (`/docs/guide/`); a page
   * without them (a file copied from `public/`, or any page when nothing was recorded) is read
   * from disk.
   */
  recorded?: (page: string) => PageLinks | undefined;
}

/** What the check found: the pages, how many were read from disk, and the report of broken links if any. */
export interface LinkCheckResult {
  pages: number;
  readFromDisk: number;
  report: string | undefined;
}

/** Checks the internal links of every HTML page of the built site in `root`. */
export async function checkBuiltSite({
  root,
  origin,
  basePath,
  recorded = () => undefined,
}: BuiltSiteLocation): Promise<LinkCheckResult> {
  const files = await listFiles(root);
  const pages = new Map<string, PageLinks>();
  const base = basePath.replace(/\/+$/, '');
  let readFromDisk = 0;
  for (const file of files) {
    if (!file.endsWith('.html')) continue;
    const page = `${base}/${file.replace(/index\.html$/, '')}`;
    let links = recorded(page);
    if (links === undefined) {
      links = keepLinks(findLinks(await readFile(join(root, file), 'utf8')));
      readFromDisk += 1;
    }
    pages.set(page, links);
  }
  const broken = checkLinks({ origin, basePath, files: new Set(files), pages });
  return {
    pages: pages.size,
    readFromDisk,
    report: broken.length > 0 ? formatBrokenLinks(broken) : undefined,
  };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
