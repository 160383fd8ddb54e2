import type { DocsData } from '../../mcp/docs-data.ts';
import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { toJsonModel } from '../../src/lib/openapi/to-json-model.ts';

/** A single-file Node script the site publishes: its file name and its entry source. */
export interface NodeScriptEntry {
  fileName: string;
  source: string;
}

/** What the published scripts embed, so that they read no file at run time. */
export interface EmbeddedData {
  model: ApiModel;
  /** The Markdown twins of every page, for the MCP server's docs resources and search. */
  docs: DocsData;
  /** The docs' version, reported by the MCP server. */
  version: string;
}

/**
 * The published scripts, each with what it needs embedded as JSON at bundle time: the sandbox
 * (`npm run sandbox`, same options) with the contract's model, and the MCP server (`npm run mcp`,
 * same options) with the model and the docs.
 */
export function nodeScriptEntries(data: EmbeddedData): NodeScriptEntry[] {
  const model = toJsonModel(data.model);
  return [
    {
      fileName: 'sessiondock-sandbox.mjs',
      source: [
        "import { runSandboxProcess } from './scripts/run-sandbox.ts';",
        `runSandboxProcess({ usage: 'node sessiondock-sandbox.mjs', model: ${model} });`,
      ].join('\n'),
    },
    {
      fileName: 'sessiondock-mcp.mjs',
      source: [
        "import { runMcpProcess } from './mcp/run-mcp-server.ts';",
        `runMcpProcess({ usage: 'node sessiondock-mcp.mjs', version: ${JSON.stringify(data.version)}, model: ${model}, docs: ${JSON.stringify(data.docs)} });`,
      ].join('\n'),
    },
  ];
}
