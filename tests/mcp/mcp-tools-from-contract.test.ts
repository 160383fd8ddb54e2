import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { siteConfig } from '../../site.config.ts';
import { startMcpClient } from '../support/start-mcp-client.ts';

/** The site's contract with one more operation, written as a fixture contract file. */
function contractWithExtraOperation(): { file: string; baseline: string } {
  const document = parse(readFileSync(siteConfig.contractPath, 'utf8')) as {
    paths: Record<string, unknown>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'sessiondock-contract-'));
  const baseline = join(dir, 'baseline.json');
  writeFileSync(baseline, JSON.stringify(document));
  document.paths['/sessions/{id}/history'] = {
    get: {
      operationId: 'getSessionHistory',
      tags: ['sessions'],
      summary: 'Get session history',
      description: 'Returns when the session was opened, newest first.',
      'x-sessiondock-mode': 'read-only',
      security: [{ bearerAuth: [] }],
      parameters: [
        {
          name: 'id',
          in: 'path',
          required: true,
          description: 'Session identifier.',
          schema: { type: 'string' },
        },
        {
          name: 'days',
          in: 'query',
          description: 'How far back to look.',
          'x-unverified': 'The window is a guess.',
          schema: { type: 'integer', minimum: 1 },
        },
      ],
      responses: {
        '200': {
          description: 'The history.',
          content: { 'application/json': { schema: { type: 'object' }, example: { data: [] } } },
        },
      },
    },
  };
  const file = join(dir, 'extended.json');
  writeFileSync(file, JSON.stringify(document));
  return { file, baseline };
}

async function listTools(contract: string) {
  const server = await startMcpClient({ args: ['--sandbox'], env: { DOCS_CONTRACT: contract } });
  try {
    return (await server.client.listTools()).tools;
  } finally {
    await server.close();
  }
}

describe('the tool list follows the contract', () => {
  it('gains a tool for an operation added to a fixture contract, with no other edit', async () => {
    const { file, baseline } = contractWithExtraOperation();
    const before = await listTools(baseline);
    const after = await listTools(file);
    assert.deepEqual(
      after.map((tool) => tool.name).filter((name) => !before.some((tool) => tool.name === name)),
      ['getSessionHistory'],
    );
    assert.equal(after.length, before.length + 1);
    const added = after.find((tool) => tool.name === 'getSessionHistory');
    assert.ok(added);
    assert.equal(added.title, 'Get session history');
    assert.match(
      added.description ?? '',
      /^Get session history\. Returns when the session was opened, newest first\./,
    );
    assert.deepEqual(added.inputSchema.required, ['id']);
    const days = (added.inputSchema.properties as Record<string, { description?: string }>).days;
    assert.equal(days?.description, 'How far back to look. Not confirmed: The window is a guess.');
    assert.equal(added.annotations?.readOnlyHint, true);
  });
});
