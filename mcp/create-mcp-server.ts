import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { ApiModel } from '../src/lib/openapi/model.ts';
import { ApiUnreachableError, type ApiConnection } from './api-connection.ts';
import { callOperation, toolError } from './call-operation.ts';
import { callDocsTool, DOCS_TOOLS, listDocResources } from './docs-tools.ts';
import { type DocsData, findTwin, twinUri } from './docs-data.ts';
import { buildOperationTools } from './operation-tools.ts';
import type { WriteGate } from './write-gate.ts';

/** What the server is made of: the model, the docs, the app (or the mock) and the write gate. */
export interface McpServerParts {
  model: ApiModel;
  docs: DocsData;
  connection: ApiConnection;
  gate: WriteGate;
  version: string;
  /** The token: should an answer ever echo it, it is cut from the result before the model sees it. */
  secret: string;
  /** One line per call, for stderr; what reaches it is already free of the token. */
  log: (line: string) => void;
}

const INSTRUCTIONS = `Tools for the user's own SessionDock library through its Local API, generated from its OpenAPI contract. Read tools are always listed. Write tools are listed only when the server was started with --allow-writes and SessionDock's effective mode is full-automation; confirm each write with the user first. search_docs and read_doc explain what an operation does and what its errors mean. A description that says "Not confirmed:" marks an assumption of the docs, not a published fact.`;

/**
 * The MCP server: one tool per operation (reads always, writes behind the gate), the docs as
 * resources and tools. The tools' input schemas are the contract's JSON Schemas, which
 * `registerTool` (Zod schemas only) cannot take, so the handlers go on the underlying `Server`,
 * as the SDK advises for custom request handlers.
 */
export function createMcpServer(parts: McpServerParts): McpServer {
  const { model, docs, connection, gate, log } = parts;
  const operationTools = buildOperationTools(model);
  const mcpServer = new McpServer(
    { name: 'sessiondock', title: 'SessionDock Local API', version: parts.version },
    { capabilities: { tools: { listChanged: true }, resources: {} }, instructions: INSTRUCTIONS },
  );
  const { server } = mcpServer;

  server.setRequestHandler(ListToolsRequestSchema, async () => {
    if (gate.allowWrites) await gate.recheck();
    const listed = [...operationTools.values()].filter(
      (entry) => !entry.writes || gate.writesOpen(),
    );
    return { tools: [...listed.map((entry) => entry.definition), ...DOCS_TOOLS] };
  });

  const scrub = (result: CallToolResult): CallToolResult =>
    parts.secret.length < 8
      ? result
      : (JSON.parse(JSON.stringify(result).split(parts.secret).join('[token]')) as CallToolResult);

  server.setRequestHandler(CallToolRequestSchema, async (request) =>
    scrub(await answerCall(request.params.name, request.params.arguments ?? {})),
  );

  async function answerCall(name: string, args: Record<string, unknown>): Promise<CallToolResult> {
    const docsResult = callDocsTool(docs, name, args);
    if (docsResult) return docsResult;
    const entry = operationTools.get(name);
    if (!entry) throw new McpError(ErrorCode.InvalidParams, `No tool named ${name}.`);
    if (entry.writes) {
      if (!gate.allowWrites) {
        return toolError(
          `${name} changes the library, and this server was started read-only. Writes need the server started with --allow-writes and SessionDock in full-automation mode.`,
        );
      }
      await gate.recheck();
      if (!gate.writesOpen()) {
        return toolError(
          `${name} is not available: SessionDock's effective mode is ${gate.mode() ?? 'unknown'}, and writes need full-automation. The tool list has changed; only read tools remain.`,
        );
      }
    }
    try {
      const { result, status } = await callOperation(entry, args, connection);
      log(`${name} → ${status ?? 'not sent (bad arguments)'}`);
      if (status === 403 && gate.allowWrites) await gate.recheck();
      return result;
    } catch (error) {
      log(`${name} → no answer`);
      if (error instanceof ApiUnreachableError)
        return toolError(
          `${error.message} Read the data again before retrying a write: it may or may not have been applied.`,
        );
      throw error;
    }
  }

  server.setRequestHandler(ListResourcesRequestSchema, () => ({
    resources: listDocResources(docs),
  }));

  server.setRequestHandler(ReadResourceRequestSchema, (request) => {
    const twin = findTwin(docs, request.params.uri);
    if (!twin)
      throw new McpError(ErrorCode.InvalidParams, `No docs page at ${request.params.uri}.`);
    return {
      contents: [{ uri: twinUri(docs, twin), mimeType: 'text/markdown', text: twin.markdown }],
    };
  });

  return mcpServer;
}
