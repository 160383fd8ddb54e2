import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, injectPolicyMeta } from './apply-policy.ts';
import { buildPolicy, formatPolicy } from './build-policy.ts';
import { findInlineScripts, hashSource } from './find-inline-scripts.ts';

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
        const html = new Map(
          await Promise.all(
            pages.map(async (file) => [file, await readFile(join(root, file), 'utf8')] as const),
          ),
        );
        const scriptHashes = new Set(
          [...html.values()].flatMap((page) => findInlineScripts(page).map(hashSource)),
        );
        const policy = buildPolicy(scriptHashes);
        const meta = formatPolicy(policy, 'meta');
        await Promise.all(
          [...html].map(([file, page]) =>
            writeFile(join(root, file), injectPolicyMeta(page, meta)),
          ),
        );
        await writeFile(join(root, '_headers'), formatHeadersFile(formatPolicy(policy, 'header')));
        logger.info(
          `${html.size} pages and _headers: ${scriptHashes.size} distinct inline scripts allowed by hash.`,
        );
      },
    },
  };
}
