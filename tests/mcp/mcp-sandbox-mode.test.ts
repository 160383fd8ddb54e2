import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { startMcpClient, type TestMcpClient } from '../support/start-mcp-client.ts';
import {
  adviceFor,
  allToolNames,
  DOCS_TOOL_NAMES,
  model,
  readToolNames,
  textOf,
} from './mcp-model.ts';

const names = async (server: TestMcpClient) =>
  (await server.client.listTools()).tools.map((tool) => tool.name);

describe('the MCP server in --sandbox mode, over stdio', () => {
  it('lists only the read tools by default, and says how to allow writes', async () => {
    const server = await startMcpClient({ args: ['--sandbox'] });
    try {
      assert.deepEqual(await names(server), [...readToolNames, ...DOCS_TOOL_NAMES]);
      const write = await server.client.callTool({
        name: 'deleteSession',
        arguments: { id: 'session_123' },
      });
      assert.equal(write.isError, true);
      assert.match(textOf(write), /--allow-writes/);
    } finally {
      await server.close();
    }
  });

  it('lists the read tools only when the mock starts read-only, even with --allow-writes', async () => {
    const server = await startMcpClient({ args: ['--sandbox', '--allow-writes', '--read-only'] });
    try {
      assert.deepEqual(await names(server), [...readToolNames, ...DOCS_TOOL_NAMES]);
    } finally {
      await server.close();
    }
  });

  describe('with --allow-writes in full-automation', () => {
    let server: TestMcpClient;
    before(async () => {
      server = await startMcpClient({ args: ['--sandbox', '--allow-writes'] });
    });
    after(() => server.close());

    it('lists every operation of the contract, then the docs tools', async () => {
      assert.deepEqual(await names(server), [...allToolNames, ...DOCS_TOOL_NAMES]);
    });

    it("carries each tool's title and hints from the contract", async () => {
      const tools = (await server.client.listTools()).tools;
      for (const operation of model.operations) {
        const tool = tools.find((candidate) => candidate.name === operation.id);
        assert.ok(tool, operation.id);
        assert.equal(tool.title, operation.summary);
        assert.equal(tool.annotations?.readOnlyHint, operation.mode === 'read-only', operation.id);
        assert.equal(
          tool.annotations.destructiveHint,
          operation.method === 'delete' || operation.method === 'put',
          operation.id,
        );
        assert.equal(tool.annotations.openWorldHint, false);
      }
    });

    it('reads the documented data: the session a list names, as structured content and text', async () => {
      const list = (await server.client.callTool({
        name: 'listSessions',
        arguments: { limit: 1 },
      })) as CallToolResult;
      assert.notEqual(list.isError, true, textOf(list));
      const first = (list.structuredContent as { data: { id: string; title: string }[] }).data[0];
      assert.ok(first, 'the seed library has sessions');
      const session = (await server.client.callTool({
        name: 'getSession',
        arguments: { id: first.id },
      })) as CallToolResult;
      assert.equal(
        (session.structuredContent as { data: { title: string } }).data.title,
        first.title,
      );
      assert.match(textOf(session), new RegExp(`GET /sessions/${first.id} → 200`));
    });

    it('makes a write take effect, as the next read shows', async () => {
      const list = (await server.client.callTool({
        name: 'listSessions',
        arguments: { limit: 1 },
      })) as CallToolResult;
      const id = (list.structuredContent as { data: { id: string }[] }).data[0]?.id ?? '';
      const written = await server.client.callTool({
        name: 'replaceSessionTags',
        arguments: { id, body: { tags: ['from-an-agent'] } },
      });
      assert.notEqual(written.isError, true, textOf(written));
      const tags = (await server.client.callTool({
        name: 'getSessionTags',
        arguments: { id },
      })) as CallToolResult;
      assert.match(JSON.stringify(tags.structuredContent), /"from-an-agent"/);
    });

    it('answers bad arguments with a tool error naming the argument, and keeps serving', async () => {
      const missing = await server.client.callTool({ name: 'getSession', arguments: {} });
      assert.equal(missing.isError, true);
      assert.match(textOf(missing), /\bid\b.*required/);
      const outOfRange = await server.client.callTool({
        name: 'listSessions',
        arguments: { limit: 'lots' },
      });
      assert.equal(outOfRange.isError, true);
      assert.match(textOf(outOfRange), /limit/);
      const unknown = await server.client.callTool({
        name: 'listSessions',
        arguments: { color: 'red' },
      });
      assert.equal(unknown.isError, true);
      assert.equal(
        (await server.client.callTool({ name: 'getHealth', arguments: {} })).isError,
        undefined,
      );
    });

    it("turns a 404 into a tool error with the code, the message and the contract's advice", async () => {
      const result = (await server.client.callTool({
        name: 'getSession',
        arguments: { id: 'session_that_does_not_exist' },
      })) as CallToolResult;
      assert.equal(result.isError, true);
      assert.match(textOf(result), /^not_found: /);
      assert.ok(textOf(result).includes(adviceFor('getSession', 404, 'not_found')), textOf(result));
    });

    it('finds the relevant page for a question and reads it as a resource', async () => {
      const found = (await server.client.callTool({
        name: 'search_docs',
        arguments: { query: 'read_only error code' },
      })) as CallToolResult;
      const results = (found.structuredContent as { results: { uri: string; title: string }[] })
        .results;
      assert.ok(
        results.some((hit) => hit.uri.endsWith('/errors.md')),
        JSON.stringify(results),
      );
      const page = await server.client.readResource({ uri: results[0]?.uri ?? '' });
      const text = (page.contents[0] as { text: string }).text;
      assert.match(text, /read_only/);
      const resources = (await server.client.listResources()).resources;
      assert.ok(
        resources.length > model.operations.length,
        'every guide and reference page is a resource',
      );
    });
  });
});
