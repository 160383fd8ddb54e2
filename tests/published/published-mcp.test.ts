import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { test } from 'node:test';
import { DOCS_TOOL_NAMES, readToolNames } from '../mcp/mcp-model.ts';
import { publishScript } from '../support/published-script.ts';
import { startMcpClient } from '../support/start-mcp-client.ts';

test('the published MCP server runs alone from an empty folder: tools, a call and the docs', async () => {
  const file = await publishScript('sessiondock-mcp.mjs');
  assert.deepEqual(readdirSync(dirname(file)), ['sessiondock-mcp.mjs']);
  const server = await startMcpClient({
    script: file,
    cwd: dirname(file),
    args: ['--sandbox'],
    env: { NODE_PATH: '' },
  });
  try {
    assert.deepEqual(
      (await server.client.listTools()).tools.map((tool) => tool.name),
      [...readToolNames, ...DOCS_TOOL_NAMES],
    );
    const health = await server.client.callTool({ name: 'getHealth', arguments: {} });
    assert.notEqual(health.isError, true);
    const resources = (await server.client.listResources()).resources;
    const errors = resources.find((resource) => resource.uri.endsWith('/errors.md'));
    assert.ok(errors, 'the docs are embedded');
    const page = await server.client.readResource({ uri: errors.uri });
    assert.match((page.contents[0] as { text: string }).text, /^# /);
  } finally {
    await server.close();
    rmSync(dirname(file), { recursive: true, force: true });
  }
});
