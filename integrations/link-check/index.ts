import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuiltSite } from './check-built-site.ts';
import { forgetPageLinks, recordedPageLinks } from './page-links-store.ts';

/**
 * Checks every internal link of the built site (guides, reference and any other page) once the
 * build is done, and fails the build with a list of page → broken href. The links of each page
 * are recorded as it renders (`links-middleware.ts`); only a page the middleware did not see is
 * read from disk.
 */
export function linkCheck(): AstroIntegration {
  let basePath = '/';
  let origin = 'http://localhost';
  return {
    name: 'sessiondock:link-check',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        forgetPageLinks();
        addMiddleware({
          order: 'post',
          entrypoint: new URL('./links-middleware.ts', import.meta.url),
        });
      },
      'astro:config:done': ({ config }) => {
        basePath = config.base;
        if (config.site) origin = new URL(config.site).origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, readFromDisk, report } = await checkBuiltSite({
          root: fileURLToPath(dir),
          origin,
          basePath,
          recorded: recordedPageLinks,
        });
        forgetPageLinks();
        if (report !== undefined) throw new Error(report);
        logger.info(
          `${pages} pages (${readFromDisk} read from disk): every internal link resolves.`,
        );
      },
    },
  };
}
