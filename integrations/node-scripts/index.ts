import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type DocsContract, loadDocs } from '../../mcp/load-docs.ts';
import { bundleEntrySource, writeNodeScript } from './bundle-node-script.ts';
import { NODE_SCRIPT_SOURCES, nodeScriptEntries } from './node-script-entries.ts';

/** The guides, read again here: an integration's hooks run outside Astro's content layer. */
const CONTENT_DIR = 'src/content/docs';

/**
 * Publishes self-contained single-file Node scripts in the built site (`sessiondock-sandbox.mjs`,
 * `sessiondock-mcp.mjs`) with the contract's model and the docs embedded, so a reader downloads
 * one file and runs it with `node` from any folder. esbuild bundles their code when the build
 * starts, in its own process, while the pages render; the data is written in once the pages are
 * built. Runs before the link check, so that pages may link them.
 */
export function nodeScripts(contract: DocsContract): AstroIntegration {
  let site = { siteUrl: 'http://localhost', basePath: '/' };
  let bundled: Promise<Map<string, string>> | undefined;
  const bundle = async () =>
    new Map(
      await Promise.all(
        NODE_SCRIPT_SOURCES.map(
          async (script) =>
            [script.fileName, await bundleEntrySource(script.source, script.fileName)] as const,
        ),
      ),
    );
  return {
    name: 'sessiondock:node-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = { siteUrl: config.site ?? site.siteUrl, basePath: config.base };
      },
      'astro:build:start': () => {
        bundled = bundle();
        // Awaited when the pages are built; a failure is reported there, not as unhandled.
        bundled.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const codes = await (bundled ?? bundle());
        bundled = undefined;
        const root = fileURLToPath(dir);
        const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
        const docs = loadDocs(CONTENT_DIR, contract, site);
        const entries = nodeScriptEntries({ model: contract.model, docs, version });
        // One after the other: each holds its code and its embedded data while it is written.
        for (const entry of entries) {
          const code = codes.get(entry.fileName);
          if (code === undefined) throw new Error(`${entry.fileName} was not bundled`);
          writeNodeScript(code, entry.embedded, join(root, entry.fileName));
        }
        logger.info(`published ${entries.map((entry) => entry.fileName).join(', ')}.`);
      },
    },
  };
}
