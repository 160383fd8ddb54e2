import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createSeedState } from '../mocks/app/create-seed-state.ts';
import { toServiceName } from '../mocks/app/mock-flags.ts';
import { createMockStore } from '../mocks/app/mock-store.ts';
import { apiBasePath, createHandlers } from '../mocks/handlers/create-handlers.ts';
import { createMockFetch } from '../mocks/handlers/create-mock-fetch.ts';
import { describeFailureOptions } from '../mocks/node/failure-options.ts';
import { SANDBOX_TOKEN } from '../mocks/selection/sandbox-token.ts';
import { listFailureCodes, listServiceCodes } from '../mocks/selection/service-codes.ts';
import type { ApiModel } from '../src/lib/openapi/model.ts';
import { createApiConnection, type ApiConnection } from './api-connection.ts';
import { checkApp, readEffectiveMode } from './app-mode.ts';
import { createMcpServer } from './create-mcp-server.ts';
import type { DocsData } from './docs-data.ts';
import { McpOptionError, type McpOptions, parseMcpOptions } from './mcp-options.ts';
import { readToken, StartupError } from './read-token.ts';
import { createWriteGate } from './write-gate.ts';

/** What the server is built from: the contract's model, the docs, and how the reader started it. */
export interface McpSetup {
  /** `npm run mcp --` or `node sessiondock-mcp.mjs`, for the help text. */
  usage: string;
  model: ApiModel;
  docs: DocsData;
  version: string;
}

/** How often the server rereads the mode with --allow-writes, so a change is announced without a call. */
const MODE_POLL_MS = 15_000;

function helpText(usage: string, model: ApiModel, defaultBaseUrl: string): string {
  return `Usage: ${usage} [options]

A stdio MCP server for SessionDock's Local API: one tool per operation of its contract, and the docs.
The token comes from SESSIONDOCK_TOKEN (or --token-file); it is never shown to the model or logged.

  --base-url URL      the Local API (default ${defaultBaseUrl}); 127.0.0.1, localhost or [::1] only
  --token-file FILE   read the token from the first line of FILE instead of SESSIONDOCK_TOKEN
  --allow-writes      also list the write tools, while SessionDock's effective mode is full-automation
  --sandbox           answer from the docs' built-in mock of SessionDock (no app, no token needed)
  with --sandbox, the mock's starting state (as the sandbox server's options; env variables not read):
  --read-only | --mode M | --effective-mode M | --unavailable S[,S] (${listServiceCodes(model).map(toServiceName).join(', ')})
${describeFailureOptions(model).replace(/ \(env [^)]*\)/g, '')}`;
}

const say = (line: string) => process.stderr.write(`sessiondock-mcp: ${line}\n`);

function connect(
  setup: McpSetup,
  options: McpOptions,
  env: Readonly<Record<string, string | undefined>>,
): { connection: ApiConnection; token: string } {
  if (options.sandbox) {
    const { model } = setup;
    const store = createMockStore({
      seed: (now) => createSeedState(model, now, options.sandboxFlags),
    });
    const origin = new URL(model.servers[0]?.url ?? 'http://127.0.0.1:18432').origin;
    const mockFetch = createMockFetch(createHandlers(model, store));
    return {
      connection: createApiConnection(`${origin}${apiBasePath(model)}`, SANDBOX_TOKEN, mockFetch),
      token: SANDBOX_TOKEN,
    };
  }
  const token = readToken(options.tokenFile, env);
  return { connection: createApiConnection(options.baseUrl, token), token };
}

/** Starts the server on stdin/stdout after checking the app; resolves once it is connected. */
export async function runMcpServer(
  setup: McpSetup,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Promise<void> {
  const defaultBaseUrl = setup.model.servers[0]?.url ?? 'http://127.0.0.1:18432/api/v1';
  const options = parseMcpOptions(argv, defaultBaseUrl, {
    serviceCodes: listServiceCodes(setup.model),
    failureCodes: listFailureCodes(setup.model),
  });
  if (options.help) {
    process.stdout.write(helpText(setup.usage, setup.model, defaultBaseUrl));
    return;
  }
  const { connection, token } = connect(setup, options, env);
  const mode = await checkApp(connection);
  // The gate exists before the server it notifies: it announces through this once connected.
  let announce: () => void = () => undefined;
  const gate = createWriteGate({
    allowWrites: options.allowWrites,
    initialMode: mode,
    readMode: () => readEffectiveMode(connection),
    onChange: (open, now) => {
      say(
        `effective mode is now ${now ?? 'unknown'}: write tools ${open ? 'listed' : 'withdrawn'}.`,
      );
      announce();
    },
  });
  const server = createMcpServer({
    model: setup.model,
    docs: setup.docs,
    connection,
    gate,
    version: setup.version,
    secret: token,
    log: say,
  });
  if (options.allowWrites) setInterval(() => void gate.recheck(), MODE_POLL_MS).unref();
  await server.connect(new StdioServerTransport());
  // The underlying call, so that a client gone away cannot become an unhandled rejection.
  announce = () => void server.server.sendToolListChanged().catch(() => undefined);
  const where = options.sandbox
    ? 'the built-in mock (sandbox)'
    : `SessionDock at ${connection.baseUrl}`;
  const writes = !options.allowWrites
    ? 'read-only tools (start with --allow-writes for writes)'
    : gate.writesOpen()
      ? 'read and write tools'
      : 'read-only tools until the effective mode is full-automation';
  say(`connected to ${where}, effective mode ${mode}: ${writes}.`);
}

/** Runs the server as this process; a start-up problem is one line on stderr and exit code 1 (2 for a bad option). */
export function runMcpProcess(setup: McpSetup | Promise<McpSetup>): void {
  Promise.resolve(setup)
    .then((ready) => runMcpServer(ready, process.argv.slice(2), process.env))
    .catch((error: unknown) => {
      say(
        error instanceof McpOptionError || error instanceof StartupError || error instanceof Error
          ? error.message
          : String(error),
      );
      process.exitCode = error instanceof McpOptionError ? 2 : 1;
      // stdio keeps the process alive: a server that could not start must end.
      process.exit();
    });
}
