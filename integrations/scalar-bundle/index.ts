import { createReadStream } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SCALAR_DIR } from './scalar-entry.ts';

/** Scalar's prebuilt browser build: `standalone.esm.js` and its `chunks/`. */
function scalarBrowserDir(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('@scalar/api-reference'))), 'browser');
}

/**
 * Publishes Scalar's own code-split browser build under `<base>/_scalar/` for the explorer page,
 * which imports it when the reader opens the explorer. Bundling Scalar with Vite instead took
 * more of the build's memory and time than the whole reference (bench/README.md, "Build at
 * scale"); Scalar ships this build already minified and split. Source maps are left out.
 */
export function scalarBundle(): AstroIntegration {
  let basePath = '/';
  return {
    name: 'sessiondock:scalar-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        basePath = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server }) => {
        const prefix = `${basePath}${SCALAR_DIR}`;
        const root = scalarBrowserDir();
        server.middlewares.use((request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (!path.startsWith(prefix) || !path.endsWith('.js')) {
            next();
            return;
          }
          const file = normalize(join(root, path.slice(prefix.length)));
          if (!file.startsWith(root + sep)) {
            next();
            return;
          }
          response.setHeader('Content-Type', 'text/javascript');
          createReadStream(file)
            .on('error', () => next())
            .pipe(response);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const from = scalarBrowserDir();
        const to = join(fileURLToPath(dir), SCALAR_DIR);
        await mkdir(join(to, 'chunks'), { recursive: true });
        const chunks = (await readdir(join(from, 'chunks'))).filter((name) => name.endsWith('.js'));
        await copyFile(join(from, 'standalone.esm.js'), join(to, 'standalone.esm.js'));
        await Promise.all(
          chunks.map((name) => copyFile(join(from, 'chunks', name), join(to, 'chunks', name))),
        );
        logger.info(`Scalar's browser build: ${chunks.length + 1} files in ${SCALAR_DIR}`);
      },
    },
  };
}
