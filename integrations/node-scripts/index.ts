import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bundleNodeScript } from './bundle-node-script.ts';
import { type EmbeddedData, nodeScriptEntries } from './node-script-entries.ts';

/**
 * Publishes self-contained single-file Node scripts in the built site (`sessiondock-sandbox.mjs`),
 * bundled after the build with the contract's model embedded, so a reader downloads one file and
 * runs it with `node` from any folder. Runs before the link check, so that pages may link them.
 */
export function nodeScripts(data: EmbeddedData): AstroIntegration {
  return {
    name: 'sessiondock:node-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries = nodeScriptEntries(data);
        await Promise.all(entries.map((entry) => bundleNodeScript(entry.source, join(root, entry.fileName))));
        logger.info(`published ${entries.map((entry) => entry.fileName).join(', ')}.`);
      },
    },
  };
}
