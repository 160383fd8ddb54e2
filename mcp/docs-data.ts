import type { TwinDocument } from '../src/lib/markdown-twins/build-twins.ts';

/** The docs the server offers: every page's Markdown twin, and where the site publishes them. */
export interface DocsData {
  /** The site's absolute address with its base path and a trailing slash: `https://app.sessiondock.com/docs/`. */
  siteUrl: string;
  twins: TwinDocument[];
}

/** The address of a twin on the site, which is also its resource URI. */
export function twinUri(docs: DocsData, twin: TwinDocument): string {
  return new URL(twin.path, docs.siteUrl).href;
}

/** The twin a resource URI or a site-relative twin path (`errors.md`, `/docs/errors.md`) names. */
export function findTwin(docs: DocsData, reference: string): TwinDocument | undefined {
  const base = new URL(docs.siteUrl);
  let path = reference.trim();
  try {
    const url = new URL(path, base);
    path = url.pathname.startsWith(base.pathname)
      ? url.pathname.slice(base.pathname.length)
      : url.pathname;
  } catch {
    return undefined;
  }
  const wanted = path.replace(/^\/+/, '').replace(/\/$/, '');
  return docs.twins.find(
    (twin) => twin.path === wanted || twin.path === `${wanted}.md` || twin.route === `${wanted}/`,
  );
}
