/**
 * One key for the ways a built page's address is written, so that what a render middleware saw
 * (`context.url.pathname`) meets the file the build wrote: `/docs/guide/`, `/docs/guide` and
 * `/docs/guide/index.html` are one page, as are `/docs/404` and `/docs/404.html`.
 */
export function pageKey(path: string): string {
  return path
    .replace(/\/index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/\/+$/, '');
}

/** The key of the page an output file (`guide/index.html`, relative to the output folder) holds. */
export function fileKey(basePath: string, file: string): string {
  return pageKey(`${basePath.replace(/\/+$/, '')}/${file}`);
}
