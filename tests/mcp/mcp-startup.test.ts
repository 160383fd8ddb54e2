import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { McpOptionError, type McpOptions, parseMcpOptions } from '../../mcp/mcp-options.ts';
import { startSandbox, type TestSandbox } from '../support/start-sandbox.ts';

/** Runs `npm run mcp`'s entry with no client attached; a server that cannot start exits on its own. */
function runMcp(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const { SESSIONDOCK_TOKEN: _inherited, ...inherited } = process.env;
  const child = spawn(process.execPath, ['mcp/main.ts', ...args], {
    env: { ...inherited, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stderr, stdout })));
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('MCP server start-up errors', () => {
  let sandbox: TestSandbox;
  before(async () => {
    sandbox = await startSandbox();
  });
  after(() => sandbox.stop());

  it('says where to put the token when there is none, and exits 1', async () => {
    const result = await runMcp(['--base-url', sandbox.baseUrl]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /no token: set SESSIONDOCK_TOKEN/);
    assert.equal(result.stdout, '', 'nothing on the protocol channel');
  });

  it('says nothing answers at the address, and exits 1', async () => {
    const baseUrl = `http://127.0.0.1:${await freePort()}/api/v1`;
    const result = await runMcp(['--base-url', baseUrl], {
      SESSIONDOCK_TOKEN: 'a-token-for-nobody',
    });
    assert.equal(result.code, 1);
    assert.match(
      result.stderr,
      new RegExp(`nothing answers at ${baseUrl.replace(/[.]/g, '\\.')}: is SessionDock running`),
    );
  });

  it('says the app rejected the token, without printing it, and exits 1', async () => {
    const token = 'wrong-token-5f3a9c1e';
    const result = await runMcp(['--base-url', sandbox.baseUrl], { SESSIONDOCK_TOKEN: token });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /rejected the token \(401/);
    assert.equal(result.stderr.includes(token), false);
  });

  it('reads the token from --token-file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sessiondock-token-')), 'token');
    writeFileSync(file, 'wrong-token-from-a-file\n');
    const result = await runMcp(['--base-url', sandbox.baseUrl, '--token-file', file]);
    assert.match(result.stderr, /rejected the token/, "the file's token was sent");
    const missing = await runMcp([
      '--base-url',
      sandbox.baseUrl,
      '--token-file',
      `${file}.missing`,
    ]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /cannot read the token file .*ENOENT/);
  });

  it('refuses a base URL on another computer at start, and exits 2', async () => {
    const result = await runMcp(['--base-url', 'http://192.168.1.20:18432/api/v1'], {
      SESSIONDOCK_TOKEN: 'unused-token',
    });
    assert.equal(result.code, 2, result.stderr);
    assert.match(result.stderr, /--base-url must point at this computer .*Got "192\.168\.1\.20"/);
  });
});

describe('parseMcpOptions', () => {
  const parse = (args: string[]) =>
    parseMcpOptions(args, 'http://127.0.0.1:18432/api/v1', {
      serviceCodes: ['import_unavailable'],
      failureCodes: ['open_failed'],
    });
  const refused: [string, { args: string[]; want: RegExp }][] = [
    [
      'a look-alike host name',
      {
        args: ['--base-url', 'http://127.0.0.1.example.com:18432/api/v1'],
        want: /--base-url must point at this computer/,
      },
    ],
    [
      'a host name that only starts like localhost',
      {
        args: ['--base-url', 'http://localhost.evil.test/api/v1'],
        want: /--base-url must point at this computer/,
      },
    ],
    [
      'credentials in the URL',
      {
        args: ['--base-url', 'http://user:pw@127.0.0.1:18432/api/v1'],
        want: /plain http:\/\/ URL/,
      },
    ],
    [
      'a base URL that is not a URL',
      { args: ['--base-url', 'localhost:18432'], want: /--base-url/ },
    ],
    ['mock flags without --sandbox', { args: ['--read-only'], want: /use them with --sandbox/ }],
    [
      'an unknown service',
      { args: ['--sandbox', '--unavailable', 'radio'], want: /no service "radio"/ },
    ],
    ['an unknown option', { args: ['--writes'], want: /--writes/ }],
  ];
  for (const [what, { args, want }] of refused) {
    it(`refuses ${what}`, () =>
      assert.throws(
        () => parse(args),
        (error: Error) => error instanceof McpOptionError && want.test(error.message),
      ));
  }

  const accepted: [string, { args: string[]; want: Partial<McpOptions> }][] = [
    [
      "defaults to the contract's server, read-only",
      {
        args: [],
        want: { baseUrl: 'http://127.0.0.1:18432/api/v1', allowWrites: false, sandbox: false },
      },
    ],
    [
      'accepts localhost and drops a trailing slash',
      {
        args: ['--base-url', 'http://localhost:18500/api/v1/'],
        want: { baseUrl: 'http://localhost:18500/api/v1' },
      },
    ],
    [
      'accepts IPv6 loopback',
      {
        args: ['--base-url', 'http://[::1]:18432/api/v1'],
        want: { baseUrl: 'http://[::1]:18432/api/v1' },
      },
    ],
    [
      "passes the mock's flags with --sandbox",
      {
        args: ['--sandbox', '--read-only', '--unavailable', 'import', '--open-fails'],
        want: {
          sandbox: true,
          sandboxFlags: {
            configuredMode: 'read-only',
            effectiveMode: 'read-only',
            services: { import_unavailable: false },
            openFails: true,
          },
        },
      },
    ],
  ];
  for (const [what, { args, want }] of accepted) {
    it(what, () => {
      const options = parse(args);
      for (const [key, value] of Object.entries(want))
        assert.deepEqual(options[key as keyof McpOptions], value, key);
    });
  }
});
