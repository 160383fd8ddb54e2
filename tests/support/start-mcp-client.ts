import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ToolListChangedNotificationSchema } from '@modelcontextprotocol/sdk/types.js';

/** An MCP client connected over stdio to a SessionDock MCP server it started, with everything it saw. */
export interface TestMcpClient {
  client: Client;
  /** Every JSON-RPC message the server sent, as its JSON text. */
  messages: string[];
  /** Everything the server wrote to stderr. */
  stderr(): string;
  /** How many `notifications/tools/list_changed` arrived. */
  listChanges(): number;
  /** Resolves at the next `notifications/tools/list_changed`. */
  nextListChange(): Promise<void>;
  close(): Promise<void>;
}

/** What to start: `npm run mcp`'s entry by default, or a published file. */
export interface StartMcpClientOptions {
  args?: string[];
  env?: Record<string, string>;
  /** A script to run instead of mcp/main.ts (such as a published sessiondock-mcp.mjs). */
  script?: string;
  cwd?: string;
}

/** A stdio transport that records each message before the client handles it. */
class RecordingTransport extends StdioClientTransport {
  readonly messages: string[] = [];
  override async start(): Promise<void> {
    const deliver = this.onmessage;
    this.onmessage = (message) => {
      this.messages.push(JSON.stringify(message));
      deliver?.(message);
    };
    await super.start();
  }
}

/** Starts the server with the SDK's own client over stdio and connects to it. */
export async function startMcpClient(options: StartMcpClientOptions = {}): Promise<TestMcpClient> {
  const { SESSIONDOCK_TOKEN: _inherited, ...env } = process.env as Record<string, string>;
  const transport = new RecordingTransport({
    command: process.execPath,
    args: [options.script ?? 'mcp/main.ts', ...(options.args ?? [])],
    env: { ...env, ...options.env },
    stderr: 'pipe',
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  let changes = 0;
  let waiting: (() => void)[] = [];
  const client = new Client({ name: 'sessiondock-tests', version: '1.0.0' });
  client.setNotificationHandler(ToolListChangedNotificationSchema, () => {
    changes += 1;
    const resolve = waiting;
    waiting = [];
    for (const done of resolve) done();
  });
  try {
    await client.connect(transport);
  } catch (error) {
    throw new Error(`the MCP server did not start: ${String(error)}\n${stderr}`, { cause: error });
  }
  return {
    client,
    messages: transport.messages,
    stderr: () => stderr,
    listChanges: () => changes,
    nextListChange: () => new Promise<void>((resolve) => waiting.push(resolve)),
    close: () => client.close(),
  };
}
