import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { startSandbox, type TestSandbox } from '../support/start-sandbox.ts';
import { startMcpClient, type TestMcpClient } from '../support/start-mcp-client.ts';
import { adviceFor, allToolNames, DOCS_TOOL_NAMES, readToolNames, textOf } from './mcp-model.ts';
import { startTokenProxy, type TokenProxy } from './token-proxy.ts';

const names = async (server: TestMcpClient) =>
  (await server.client.listTools()).tools.map((tool) => tool.name);

describe('the MCP server against the sandbox server, over stdio', () => {
  let sandbox: TestSandbox;
  let app: TokenProxy;
  const servers: TestMcpClient[] = [];
  const tokens: string[] = [];
  const start = async (args: string[] = []) => {
    tokens.push(app.token);
    const server = await startMcpClient({
      args: ['--base-url', app.baseUrl, ...args],
      env: { SESSIONDOCK_TOKEN: app.token },
    });
    servers.push(server);
    return server;
  };
  before(async () => {
    sandbox = await startSandbox();
    app = await startTokenProxy(sandbox.origin);
  });
  after(async () => {
    await Promise.all(servers.map((server) => server.close()));
    await app.stop();
    await sandbox.stop();
  });

  it('lists the read tools without --allow-writes, though the app is in full-automation', async () => {
    assert.deepEqual(await names(await start()), [...readToolNames, ...DOCS_TOOL_NAMES]);
  });

  it('lists every tool with --allow-writes, withdraws the writes when the mode turns read-only, and says so', async () => {
    const server = await start(['--allow-writes']);
    assert.deepEqual(await names(server), [...allToolNames, ...DOCS_TOOL_NAMES]);
    const session = (sandbox.store.read().sessions[0] as { id: string }).id;
    const written = await server.client.callTool({
      name: 'patchSessionNotes',
      arguments: { id: session, body: { notes: 'Checked by the agent.' } },
    });
    assert.notEqual(written.isError, true, textOf(written));
    assert.equal(
      (sandbox.store.read().sessions[0] as { notes?: string }).notes,
      'Checked by the agent.',
      'the write reached the app',
    );

    const notified = server.nextListChange();
    sandbox.store.setFlags({ effectiveMode: 'read-only' });
    const refused = await server.client.callTool({
      name: 'deleteSession',
      arguments: { id: session },
    });
    assert.equal(refused.isError, true);
    assert.match(textOf(refused), /effective mode is read-only/);
    await notified;
    assert.deepEqual(await names(server), [...readToolNames, ...DOCS_TOOL_NAMES]);
    assert.ok(
      sandbox.store
        .read()
        .sessions.some((candidate) => (candidate as { id: string }).id === session),
      'nothing was deleted',
    );
    sandbox.store.reset();
  });

  it("turns a 403 into a tool error with the contract's advice, and rechecks the mode after it", async () => {
    sandbox.store.setFlags({ effectiveMode: 'read-only' });
    // The app says full-automation at start-up and before the write, then answers the write 403.
    app.healthMode = 'full-automation';
    app.healthModeReads = 2;
    try {
      const server = await start(['--allow-writes']);
      const session = (sandbox.store.read().sessions[0] as { id: string }).id;
      const notified = server.nextListChange();
      const result = (await server.client.callTool({
        name: 'replaceSessionTags',
        arguments: { id: session, body: { tags: ['x'] } },
      })) as CallToolResult;
      assert.equal(result.isError, true);
      assert.match(textOf(result), /^read_only: /);
      assert.ok(
        textOf(result).includes(adviceFor('replaceSessionTags', 403, 'read_only')),
        textOf(result),
      );
      await notified;
      assert.deepEqual(await names(server), [...readToolNames, ...DOCS_TOOL_NAMES]);
    } finally {
      app.healthMode = undefined;
      sandbox.store.reset();
    }
  });

  it("turns a 404 into a tool error with the contract's advice", async () => {
    const server = await start();
    const result = await server.client.callTool({
      name: 'getSessionTags',
      arguments: { id: 'no_such_session' },
    });
    assert.equal(result.isError, true);
    assert.ok(
      textOf(result).includes(adviceFor('getSessionTags', 404, 'not_found')),
      textOf(result),
    );
  });

  it('keeps the token out of every tool list, result, error and log line', async () => {
    const server = await start(['--allow-writes']);
    const session = (sandbox.store.read().sessions[0] as { id: string }).id;
    await server.client.listTools();
    await server.client.callTool({ name: 'getHealth', arguments: {} });
    await server.client.callTool({ name: 'listSessions', arguments: { q: app.token } });
    await server.client.callTool({ name: 'getSession', arguments: { id: 'missing' } });
    await server.client.callTool({ name: 'getSession', arguments: { wrong: true } });
    await server.client.callTool({
      name: 'patchSessionNotes',
      arguments: { id: session, body: { notes: 12 } },
    });
    await server.client.callTool({ name: 'search_docs', arguments: { query: 'token' } });
    await server.client.listResources();
    await app.stop();
    const unreachable = await server.client.callTool({ name: 'getHealth', arguments: {} });
    assert.match(textOf(unreachable), /nothing answers/);
    app = await startTokenProxy(sandbox.origin);
    const output = [
      ...servers.flatMap((each) => each.messages),
      ...servers.map((each) => each.stderr()),
    ].join('\n');
    assert.ok(output.length > 10_000, 'the search covers real output');
    assert.ok(
      servers.every((each) => each.stderr().includes('connected to SessionDock')),
      'the log was captured',
    );
    for (const token of new Set(tokens))
      assert.equal(
        output.includes(token),
        false,
        'a token the server was given appears in its output',
      );
  });
});
