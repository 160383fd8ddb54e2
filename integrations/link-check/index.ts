import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkLinks, formatBrokenLinks } from './check-links.ts';
import { findLinks, type PageLinks } from './find-links.ts';

/**
 * Checks every internal link of the built site (guides, reference and any other page) once the
 * build is done, and fails the build with a list of page → broken href.
 */
export function linkCheck(): AstroIntegration {
  let basePath = '/';
  let origin = 'http://localhost';
  return {
    name: 'sessiondock:link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base;
        if (config.site) origin = new URL(config.site).origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = await listFiles(root);
        const pages = new Map<string, PageLinks>();
        const base = basePath.replace(/\/+$/, '');
        // Every page repeats the sidebar's and header's links: each distinct href is kept once.
        const hrefs = new Map<string, string>();
        const intern = (href: string) => {
          const kept = hrefs.get(href);
          if (kept !== undefined) return kept;
          hrefs.set(href, href);
          return href;
        };
        for (const file of files) {
          if (!file.endsWith('.html')) continue;
          const links = findLinks(await readFile(join(root, file), 'utf8'));
          pages.set(`${base}/${file.replace(/index\.html$/, '')}`, {
            hrefs: [...new Set(links.hrefs)].map(intern),
            ids: links.ids,
          });
        }
        const broken = checkLinks({ origin, basePath, files: new Set(files), pages });
        if (broken.length > 0) throw new Error(formatBrokenLinks(broken));
        logger.info(`${pages.size} pages: every internal link resolves.`);
      },
    },
  };
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
}
