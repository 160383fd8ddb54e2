import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { siteConfig } from '../../site.config.ts';
import { bundleNodeScript } from '../../integrations/node-scripts/bundle-node-script.ts';
import { nodeScriptEntries } from '../../integrations/node-scripts/node-script-entries.ts';
import { loadDocs } from '../../mcp/load-docs.ts';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';

/**
 * Bundles one of the site's published scripts (`sessiondock-sandbox.mjs`, `sessiondock-mcp.mjs`)
 * as the build does, alone in a fresh empty temporary folder (no package.json, no node_modules
 * there or above it), and returns its path. `contractPath` bundles another contract's model.
 */
export async function publishScript(
  fileName: string,
  contractPath = siteConfig.contractPath,
): Promise<string> {
  const text = readFileSync(contractPath, 'utf8');
  const model = await loadContract(text, contractPath);
  const docs = loadDocs('src/content/docs', { model, text, source: contractPath }, siteConfig);
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  const entry = nodeScriptEntries({ model, docs, version }).find(
    (candidate) => candidate.fileName === fileName,
  );
  if (!entry) throw new Error(`the site publishes no script ${fileName}`);
  const file = join(mkdtempSync(join(tmpdir(), 'sessiondock-published-')), fileName);
  await bundleNodeScript(entry, file);
  return file;
}

/** Runs a published script with `node` from its own folder, as a reader would after downloading it. */
export function runPublishedScript(
  file: string,
  args: readonly string[],
  env: Readonly<Record<string, string>> = {},
): ChildProcessWithoutNullStreams {
  const { NODE_PATH: _ignored, NODE_OPTIONS: _alsoIgnored, ...inherited } = process.env;
  return spawn(process.execPath, [file, ...args], {
    cwd: join(file, '..'),
    env: { ...inherited, ...env },
  });
}
