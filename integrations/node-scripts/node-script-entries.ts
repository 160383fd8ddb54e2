import type { DocsData } from '../../mcp/docs-data.ts';
import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { toJsonModel } from '../../src/lib/openapi/to-json-model.ts';

/** A single-file Node script the site publishes: its file name, its entry source and the data it embeds. */
export interface NodeScriptEntry {
  fileName: string;
  /** The entry, naming each embedded value by a placeholder global (`__EMBEDDED_MODEL__`). */
  source: string;
  /**
   * Placeholder → the JSON text that replaces it in the bundled file. The data is written into the
   * bundle after esbuild, never parsed by it: at 3,000 operations esbuild spent over a minute and
   * most of its memory parsing and printing the embedded model and docs.
   */
  embedded: Readonly<Record<string, string>>;
}

/** What the published scripts embed, so that they read no file at run time. */
export interface EmbeddedData {
  model: ApiModel;
  /** The Markdown twins of every page, for the MCP server's docs resources and search. */
  docs: DocsData;
  /** The docs' version, reported by the MCP server. */
  version: string;
}

/** A published script's file name and entry source, which do not depend on the contract. */
export type NodeScriptSource = Pick<NodeScriptEntry, 'fileName' | 'source'>;

const SANDBOX: NodeScriptSource = {
  fileName: 'sessiondock-sandbox.mjs',
  source: [
    "import { runSandboxProcess } from './scripts/run-sandbox.ts';",
    "runSandboxProcess({ usage: 'node sessiondock-sandbox.mjs', model: __EMBEDDED_MODEL__ });",
  ].join('\n'),
};

const MCP: NodeScriptSource = {
  fileName: 'sessiondock-mcp.mjs',
  source: [
    "import { runMcpProcess } from './mcp/run-mcp-server.ts';",
    "runMcpProcess({ usage: 'node sessiondock-mcp.mjs', version: __EMBEDDED_VERSION__, model: __EMBEDDED_MODEL__, docs: __EMBEDDED_DOCS__ });",
  ].join('\n'),
};

/** The published scripts without their data: what esbuild bundles, before the pages are built. */
export const NODE_SCRIPT_SOURCES: readonly NodeScriptSource[] = [SANDBOX, MCP];

/**
 * The published scripts, each with what it needs embedded as JSON at bundle time: the sandbox
 * (`npm run sandbox`, same options) with the contract's model, and the MCP server (`npm run mcp`,
 * same options) with the model and the docs.
 */
export function nodeScriptEntries(data: EmbeddedData): NodeScriptEntry[] {
  const model = toJsonModel(data.model);
  return [
    { ...SANDBOX, embedded: { __EMBEDDED_MODEL__: model } },
    {
      ...MCP,
      embedded: {
        __EMBEDDED_VERSION__: JSON.stringify(data.version),
        __EMBEDDED_MODEL__: model,
        __EMBEDDED_DOCS__: JSON.stringify(data.docs),
      },
    },
  ];
}
