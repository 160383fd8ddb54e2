import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile, readPolicyMeta } from './apply-policy.ts';
import { buildPolicy, formatPolicy } from './build-policy.ts';
import { fileKey } from '../page-key.ts';
import {
  forgetScriptHashes,
  protectPage,
  siteScriptHashes,
  wasProtectedWhenRendered,
} from './protect-page.ts';

/** Bytes of a page's start read to find its policy: the meta follows `<meta charset>`, which must be in the first 1,024. */
const HEAD_BYTES = 16_384;

/**
 * A strict Content-Security-Policy for the built site. Each page gets a `<meta>` at the top of
 * its `<head>` with the policy and the hashes of its own inline scripts, as it is rendered (the
 * middleware `policy-middleware.ts`); after the build, `_headers` (for static hosts that read it:
 * Netlify, Cloudflare Pages) gets the same policy with the hashes of every page's scripts, and
 * frame-ancestors, which only a header can carry. A browser enforces both, so each page runs only
 * its own inline scripts. An HTML file the middleware did not see (one copied from `public/`) is
 * protected after the build. Astro's own `security.csp` is not used: it leaves Starlight's
 * `is:inline` scripts (theme, sidebar, tabs) unhashed and writes no header file for a static build.
 */
export function contentSecurityPolicy(): AstroIntegration {
  let basePath = '/';
  return {
    name: 'sessiondock:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base;
      },
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        forgetScriptHashes();
        addMiddleware({
          order: 'post',
          entrypoint: new URL('./policy-middleware.ts', import.meta.url),
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((file) =>
          file.endsWith('.html'),
        );
        const unprotected: string[] = [];
        for (const file of pages) {
          if (wasProtectedWhenRendered(fileKey(basePath, file))) continue;
          if (readPolicyMeta(await readStart(join(root, file))) === undefined)
            unprotected.push(file);
        }
        for (const file of unprotected) {
          const path = join(root, file);
          await writeFile(path, protectPage(await readFile(path, 'utf8')));
        }
        const scriptHashes = siteScriptHashes();
        const policy = formatPolicy(buildPolicy(scriptHashes), 'header');
        await writeFile(join(root, '_headers'), formatHeadersFile(policy));
        logger.info(
          `${pages.length} pages (${unprotected.length} protected after the build) and _headers: ${scriptHashes.size} distinct inline scripts allowed by hash.`,
        );
      },
    },
  };
}

/** The first bytes of a file, as text. */
async function readStart(path: string): Promise<string> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.toString('utf8', 0, bytesRead);
  } finally {
    await file.close();
  }
}
