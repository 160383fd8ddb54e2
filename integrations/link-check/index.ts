import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkBuiltSite } from './check-built-site.ts';

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
        const { pages, report } = await checkBuiltSite({
          root: fileURLToPath(dir),
          origin,
          basePath,
        });
        if (report !== undefined) throw new Error(report);
        logger.info(`${pages} pages: every internal link resolves.`);
      },
    },
  };
}
