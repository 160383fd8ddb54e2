/**
 * `npm run mcp`: the SessionDock MCP server from the repository, over the site's contract and
 * guides. The site publishes the same server as one file, `sessiondock-mcp.mjs` (see README.md).
 */
import { readFileSync } from 'node:fs';
import { siteConfig } from '../site.config.ts';
import { loadContract } from '../src/lib/openapi/load-contract.ts';
import { loadDocs } from './load-docs.ts';
import { runMcpProcess } from './run-mcp-server.ts';

runMcpProcess(
  (async () => {
    const source = siteConfig.contractPath;
    const text = readFileSync(source, 'utf8');
    const model = await loadContract(text, source);
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    return {
      usage: 'npm run mcp --',
      model,
      docs: loadDocs('src/content/docs', { model, text, source }, siteConfig),
      version,
    };
  })(),
);
