import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { type DocsContract, loadDocs } from '../../mcp/load-docs.ts';
import { bundleNodeScript } from './bundle-node-script.ts';
import { nodeScriptEntries } from './node-script-entries.ts';

/** The guides, read again here: an integration's hooks run outside Astro's content layer. */
const CONTENT_DIR = 'src/content/docs';

/**
 * Publishes self-contained single-file Node scripts in the built site (`sessiondock-sandbox.mjs`,
 * `sessiondock-mcp.mjs`), bundled after the build with the contract's model and the docs
 * embedded, so a reader downloads one file and runs it with `node` from any folder. Runs before
 * the link check, so that pages may link them.
 */
export function nodeScripts(contract: DocsContract): AstroIntegration {
  let site = { siteUrl: 'http://localhost', basePath: '/' };
  return {
    name: 'sessiondock:node-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = { siteUrl: config.site ?? site.siteUrl, basePath: config.base };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
        const docs = loadDocs(CONTENT_DIR, contract, site);
        const entries = nodeScriptEntries({ model: contract.model, docs, version });
        // One after the other: each holds its bundle and its embedded data while it is written.
        for (const entry of entries) await bundleNodeScript(entry, join(root, entry.fileName));
        logger.info(`published ${entries.map((entry) => entry.fileName).join(', ')}.`);
      },
    },
  };
}
