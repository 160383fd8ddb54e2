import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, injectPolicyMeta } from './apply-policy.ts';
import { buildPolicy, formatPolicy } from './build-policy.ts';
import { findInlineScripts, hashSource } from './find-inline-scripts.ts';

/** Pages read or written at once: enough to keep the disk busy, few enough that memory stays flat. */
const PAGES_AT_ONCE = 8;

/**
 * A strict Content-Security-Policy for the built site. After the build, hashes every inline
 * script of every page into one site-wide policy, puts it in a `<meta>` at the top
 * of each page's `<head>` and writes it to `_headers` for static hosts that read that file
 * (Netlify, Cloudflare Pages), where it also forbids framing. Astro's own `security.csp` is not
 * used: it leaves Starlight's `is:inline` scripts (theme, sidebar, tabs) unhashed and writes no
 * header file for a static build.
 */
export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'sessiondock:csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) =>
          file.endsWith('.html'),
        );
        // Two passes over the files rather than every page in memory at once: the policy needs
        // every page's scripts before the first page can be written, and the site's HTML grows
        // with the contract (130 MB at 1,000 operations).
        const scriptHashes = new Set<string>();
        await forEachPage(root, pages, (page) => {
          for (const script of findInlineScripts(page)) scriptHashes.add(hashSource(script));
        });
        const policy = buildPolicy(scriptHashes);
        const meta = formatPolicy(policy, 'meta');
        await forEachPage(root, pages, (page, file) =>
          writeFile(join(root, file), injectPolicyMeta(page, meta)),
        );
        await writeFile(join(root, '_headers'), formatHeadersFile(formatPolicy(policy, 'header')));
        logger.info(
          `${pages.length} pages and _headers: ${scriptHashes.size} distinct inline scripts allowed by hash.`,
        );
      },
    },
  };
}

/** Reads each page and hands it to `use`, a few pages at a time. */
async function forEachPage(
  root: string,
  files: readonly string[],
  use: (page: string, file: string) => unknown,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next] as string;
      next += 1;
      await use(await readFile(join(root, file), 'utf8'), file);
    }
  };
  await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, files.length) }, worker));
}
