/**
 * The credentials of the samples and the authentication line, from an operation's effective
 * security: none, bearer, basic, API keys in a header, the query or a cookie, several at once and
 * alternatives; and the copied bash, Node and Python samples put the variable's value on the wire.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';
import type { OperationModel } from '../../src/lib/openapi/model.ts';
import { describeSecurity } from '../../src/lib/reference/describe-security.ts';
import { buildOperationRequest } from '../../src/lib/snippets/build-operation-request.ts';
import { buildSnippets } from '../../src/lib/snippets/build-snippets.ts';
import { createSpecText } from '../support/create-spec.ts';

const run = promisify(execFile);

const SCHEMES = {
  bearerAuth: { type: 'http', scheme: 'bearer' },
  basicAuth: { type: 'http', scheme: 'basic' },
  apiKeyAuth: { type: 'apiKey', in: 'header', name: 'X-Api-Key' },
  api_key: { type: 'apiKey', in: 'query', name: 'key' },
  sessionCookie: { type: 'apiKey', in: 'cookie', name: 'sid' },
  petstore_auth: {
    type: 'oauth2',
    flows: {
      implicit: { authorizationUrl: 'https://auth.example.test/', scopes: { 'read:pets': 'read' } },
    },
  },
};

/** The one operation of a contract with these schemes, document-level and operation-level security. */
async function operationWith(
  security: unknown,
  documentSecurity: unknown = [{ bearerAuth: [] }],
): Promise<OperationModel> {
  const get: Record<string, unknown> = {
    parameters: [{ name: 'q', in: 'query', example: 'a b', schema: { type: 'string' } }],
    responses: { 200: { description: 'OK' } },
  };
  if (security !== undefined) get.security = security;
  const model = await loadContract(
    createSpecText({
      servers: [{ url: 'https://api.example.test/v1' }],
      components: { securitySchemes: SCHEMES },
      security: documentSecurity,
      paths: { '/things': { get } },
    }),
    'inline.yaml',
  );
  const [operation] = model.operations;
  assert.ok(operation);
  return operation;
}

const bash = (operation: OperationModel, names = {}) =>
  buildSnippets(buildOperationRequest(operation, undefined, names)).find(
    (snippet) => snippet.id === 'curl-bash',
  )?.code ?? '';

describe('credentials from the effective security', () => {
  const cases: [
    string,
    { security: unknown; line: RegExp; headers: Array<[string, string]>; url: string },
  ][] = [
    [
      'inherits the document’s bearer scheme',
      {
        security: undefined,
        line: /^a bearer token: `Authorization: Bearer <token>`\.$/,
        headers: [['Authorization', 'Bearer BEARER_TOKEN']],
        url: 'https://api.example.test/v1/things?q=a%20b',
      },
    ],
    [
      'sends nothing when the operation needs none',
      {
        security: [],
        line: /^none required\.$/,
        headers: [],
        url: 'https://api.example.test/v1/things?q=a%20b',
      },
    ],
    [
      'sends basic credentials from a variable',
      {
        security: [{ basicAuth: [] }],
        line: /^HTTP Basic authentication/,
        headers: [['Authorization', 'Basic BASIC_CREDENTIALS']],
        url: 'https://api.example.test/v1/things?q=a%20b',
      },
    ],
    [
      'puts a header API key in its header',
      {
        security: [{ apiKeyAuth: [] }],
        line: /^an API key in the `X-Api-Key` header\.$/,
        headers: [['X-Api-Key', 'API_KEY']],
        url: 'https://api.example.test/v1/things?q=a%20b',
      },
    ],
    [
      'puts a query API key first in the query',
      {
        security: [{ api_key: [] }],
        line: /^an API key in the `key` query parameter\.$/,
        headers: [],
        url: 'https://api.example.test/v1/things?key=API_KEY&q=a%20b',
      },
    ],
    [
      'puts a cookie API key in a Cookie header',
      {
        security: [{ sessionCookie: [] }],
        line: /^an API key in the `sid` cookie\.$/,
        headers: [['Cookie', 'sid=SESSION_COOKIE_KEY']],
        url: 'https://api.example.test/v1/things?q=a%20b',
      },
    ],
    [
      'sends every scheme of a requirement and names the scopes',
      {
        security: [{ apiKeyAuth: [], petstore_auth: ['read:pets'] }],
        line: /header and an OAuth 2\.0 access token: .*\(scopes: `read:pets`\)\.$/,
        headers: [
          ['X-Api-Key', 'API_KEY'],
          ['Authorization', 'Bearer PETSTORE_TOKEN'],
        ],
        url: 'https://api.example.test/v1/things?q=a%20b',
      },
    ],
    [
      'samples the first of several alternatives and lists them all',
      {
        security: [{ basicAuth: [] }, { apiKeyAuth: [] }, {}],
        line: /^any one of: HTTP Basic authentication.*; an API key in the `X-Api-Key` header; or none\.$/,
        headers: [['Authorization', 'Basic BASIC_CREDENTIALS']],
        url: 'https://api.example.test/v1/things?q=a%20b',
      },
    ],
  ];
  for (const [title, { security, line, headers, url }] of cases) {
    it(title, async () => {
      const operation = await operationWith(security);
      const request = buildOperationRequest(operation);
      assert.match(describeSecurity(operation.security), line);
      assert.deepEqual(request.headers, headers);
      assert.equal(request.url, url);
    });
  }

  it('uses the product’s variable for a bearer token only', async () => {
    assert.match(
      bash(await operationWith(undefined), { tokenVariable: 'ACME_TOKEN' }),
      /"Authorization: Bearer \$ACME_TOKEN"/,
    );
    assert.match(
      bash(await operationWith([{ apiKeyAuth: [] }]), { tokenVariable: 'ACME_TOKEN' }),
      /"X-Api-Key: \$API_KEY"/,
    );
  });

  it('never writes Authorization: Bearer for an API key or basic operation, in any language', async () => {
    for (const security of [
      [{ basicAuth: [] }],
      [{ apiKeyAuth: [] }],
      [{ api_key: [] }],
      [{ sessionCookie: [] }],
    ]) {
      for (const snippet of buildSnippets(buildOperationRequest(await operationWith(security)))) {
        assert.doesNotMatch(snippet.code, /Bearer/, `${JSON.stringify(security)} ${snippet.id}`);
      }
    }
  });
});

describe('copied samples send the variable’s value where the scheme says', () => {
  const dir = mkdtempSync(join(tmpdir(), 'credential-samples-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  // A key with characters every shell and URL treats specially: it must arrive as typed.
  const key = `k'1"$y!`;

  it('bash: the query key and the cookie key arrive as typed', async () => {
    // A `curl` that prints its arguments, one a line, instead of sending anything.
    const echoCurl = `curl() { printf '%s\\n' "$@"; }`;
    const query = bash(await operationWith([{ api_key: [] }]));
    const { stdout } = await run('bash', ['-c', `${echoCurl}\n${query}`], {
      env: { ...process.env, API_KEY: key },
    });
    assert.equal(stdout.split('\n')[0], `https://api.example.test/v1/things?key=${key}&q=a%20b`);
    const cookie = bash(await operationWith([{ sessionCookie: [] }]));
    const second = await run('bash', ['-c', `${echoCurl}\n${cookie}`], {
      env: { ...process.env, SESSION_COOKIE_KEY: key },
    });
    assert.ok(second.stdout.split('\n').includes(`Cookie: sid=${key}`), second.stdout);
  });

  it('Node and Python: the query key and the basic credentials arrive as typed', async () => {
    for (const [security, variable] of [
      [[{ api_key: [] }], 'API_KEY'],
      [[{ basicAuth: [] }], 'BASIC_CREDENTIALS'],
    ] as const) {
      const samples = buildSnippets(buildOperationRequest(await operationWith(security)));
      // Print the request instead of sending it: the URL, and the credential header if any.
      const node = (samples.find((snippet) => snippet.id === 'node')?.code ?? '').replace(
        'await fetch(',
        'await ((url, init) => ({ status: url, text: async () => JSON.stringify(init?.headers ?? {}) }))(',
      );
      writeFileSync(join(dir, 'sample.mjs'), node);
      const { stdout } = await run(process.execPath, [join(dir, 'sample.mjs')], {
        env: { ...process.env, [variable]: key },
      });
      assert.ok(
        stdout.includes(
          variable === 'API_KEY' ? `?key=${key}&q=a%20b` : JSON.stringify(`Basic ${key}`),
        ),
        stdout,
      );
      const python = (samples.find((snippet) => snippet.id === 'python')?.code ?? '').replace(
        /try:[\s\S]*$/,
        'print(request.full_url, request.get_header("Authorization"))',
      );
      writeFileSync(join(dir, 'sample.py'), python);
      const printed = await run('python3', [join(dir, 'sample.py')], {
        env: { ...process.env, [variable]: key },
      });
      assert.ok(
        printed.stdout.includes(variable === 'API_KEY' ? `?key=${key}&q=a%20b` : `Basic ${key}`),
        printed.stdout,
      );
    }
  });
});
