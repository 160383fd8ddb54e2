/**
 * A copy of the site's sources outside the repository to build from. `astro build` writes its
 * intermediate files to `<root>/.astro/` whatever `--outDir` says, so two builds of the same
 * checkout at once break each other (ERR_MODULE_NOT_FOUND in `.astro/.prerender`). The copy's
 * node_modules is made of hard links (a symlink makes Astro see its own components outside the
 * root and fail), without the caches Astro and Vite write into, so no file of the checkout is
 * ever written through a link.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const SKIPPED = new Set([
  'node_modules',
  '.git',
  '.astro',
  '.tools',
  'dist',
  'test-results',
  'playwright-report',
  join('bench', 'results'),
]);

/** Copies the sources of `root` into `dir` (emptied first) and hard-links its node_modules; returns `dir`. */
export function snapshotSite(root: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  cpSync(root, dir, {
    recursive: true,
    filter: (source) => {
      const path = relative(root, source);
      return !SKIPPED.has(path) && !path.split(sep).some((part) => part === 'node_modules');
    },
  });
  execFileSync('cp', ['-al', join(root, 'node_modules'), join(dir, 'node_modules')]);
  for (const cache of ['.astro', '.vite'])
    rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  return dir;
}
