import { pageKey } from '../page-key.ts';
import { findLinks, type PageLinks } from './find-links.ts';

/**
 * The links and ids of every page rendered so far in this build, by page. Kept on `globalThis`:
 * pages are recorded by the middleware in the bundle that renders them, and checked by the
 * integration, in the configuration's copy of this module.
 */
interface PageLinksStore {
  pages: Map<string, PageLinks>;
  /** Each distinct href and id once, as a copy (see `keep`). */
  kept: Map<string, string>;
}

const SHARED = Symbol.for('sessiondock.link-check.page-links');
const shared = globalThis as { [SHARED]?: PageLinksStore };

function store(): PageLinksStore {
  return shared[SHARED] ?? forgetPageLinks();
}

/** Forgets every recorded page (a new build starts, or the check is done); returns the empty store. */
export function forgetPageLinks(): PageLinksStore {
  const empty: PageLinksStore = { pages: new Map(), kept: new Map() };
  shared[SHARED] = empty;
  return empty;
}

/** Records the links and ids of the page served at `pathname`, from its HTML. */
export function recordPageLinks(pathname: string, html: string): void {
  store().pages.set(pageKey(pathname), keepLinks(findLinks(html)));
}

/** The links recorded for the page at `path` (any of the ways `pageKey` accepts), if it was rendered. */
export function recordedPageLinks(path: string): PageLinks | undefined {
  return shared[SHARED]?.pages.get(pageKey(path));
}

/**
 * A page's distinct hrefs and ids, each kept once for the whole build, as a copy: pages repeat the
 * header's and sidebar's links and the outline's ids, and a string matched out of a page is a
 * slice of it, which would keep the whole page's markup in memory until the check.
 */
export function keepLinks(links: PageLinks): PageLinks {
  const { kept } = store();
  const keep = (text: string) => {
    const known = kept.get(text);
    if (known !== undefined) return known;
    const copy = Buffer.from(text, 'utf8').toString('utf8');
    kept.set(copy, copy);
    return copy;
  };
  return { hrefs: [...new Set(links.hrefs)].map(keep), ids: new Set([...links.ids].map(keep)) };
}
