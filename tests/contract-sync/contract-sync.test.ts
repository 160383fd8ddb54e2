/**
 * `npm run contract-sync` on two fixture contracts (tests/fixtures/conformance/sync-*.yaml):
 * it finds every planted difference, says which x-unverified marks the app's document settles,
 * reports nothing for identical documents, and never writes the contract.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { runContractSync } from '../../tools/contract-sync/run-contract-sync.ts';
import type { FetchLike } from '../../tools/command-environment.ts';
import { contractPath } from '../support/load-contract-model.ts';

const OURS = 'tests/fixtures/conformance/sync-ours.yaml';
const APP = 'tests/fixtures/conformance/sync-app.yaml';
const refuse: FetchLike = () =>
  Promise.reject(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }));

async function sync(
  argv: string[],
  fetch: FetchLike = refuse,
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runContractSync({
    argv,
    env,
    defaultContract: contractPath,
    fetch,
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  });
  return { code, out, err };
}

describe('planted differences', async () => {
  const result = await sync(['--contract', OURS, '--from', APP]);
  const lines = result.out.split('\n');

  it('exits 1', () => assert.equal(result.code, 1, result.err));

  /** [what was planted, the line the report must carry]. */
  const CASES: Array<[string, string]> = [
    ['an operation added', '+ getSessionArtwork  GET /api/v1/sessions/{id}/artwork'],
    ['an operation removed', '- createImport  POST /api/v1/import'],
    [
      'a response field of another type',
      '~ response 200 application/json schema: /properties/data/properties/port/type: ours "integer", app "string"',
    ],
    ['a parameter removed', '~ parameter q (query): only in our contract'],
    ['a parameter added', "~ parameter cursor (query): only in the app's document"],
    ['a parameter schema changed', '~ parameter limit (query) schema: /maximum: ours 200, app 100'],
    ['a status added', "~ status 400: only in the app's document"],
    [
      'a request schema changed',
      '~ request body application/json schema: /properties/title/minLength: ours (absent), app 1',
    ],
    [
      'an example value changed',
      '~ response 201 example "created": value differs at /data/title: ours "New idea", app "Untitled"',
    ],
    ['a status replaced', "~ status 204: only in the app's document"],
    ['a path parameter renamed', "~ parameter sessionId (path): only in the app's document"],
  ];
  for (const [planted, line] of CASES) {
    it(`reports ${planted}`, () =>
      assert.ok(
        lines.some((candidate) => candidate.trim() === line),
        `missing: ${line}\n${result.out}`,
      ));
  }

  /** [mark, verdict, the reason it gives]. */
  const MARKS: Array<[string, string, RegExp]> = [
    ['createSession › response 201', 'settled', /the app documents 201 too/],
    [
      'getHealth › response 200 application/json schema /properties/data/properties/lastError',
      'settled',
      /the app's schema is the same here/,
    ],
    ['replaceSessionTags › response 200', 'differs', /the app documents 204, not 200/],
    ['listSessions › parameter limit (query)', 'differs', /at \/maximum: ours 200, app 100/],
    [
      'createSession › response 400 example "invalid_request"',
      'differs',
      /the app's example "bad_body" differs at \/error\/message/,
    ],
  ];
  for (const [location, verdict, reason] of MARKS) {
    it(`says the mark on ${location} ${verdict === 'settled' ? 'is settled' : 'differs'}`, () => {
      const line = lines.find((candidate) => candidate.includes(`${location}:`));
      assert.ok(line, `no line for ${location}`);
      assert.match(line, new RegExp(`^  ${verdict} +`));
      assert.match(line, reason);
    });
  }

  it('ends with a summary', () => {
    assert.match(
      result.out,
      /Summary: 1 added, 1 removed, 4 changed operation\(s\) \(13 difference\(s\)\); x-unverified marks: 2 settled, 4 differ, 0 open\./,
    );
  });
});

describe('identical documents', () => {
  const CASES: Array<[string, string]> = [
    ['the fixture contract', OURS],
    ["the site's contract", contractPath],
  ];
  for (const [name, path] of CASES) {
    it(`reports no difference for ${name} against itself, and exits 0`, async () => {
      const result = await sync(['--contract', path, '--from', path]);
      assert.equal(result.code, 0, result.out + result.err);
      assert.match(result.out, /No differences/);
      assert.match(
        result.out,
        /Summary: 0 added, 0 removed, 0 changed operation\(s\) \(0 difference\(s\)\); x-unverified marks: 0 settled, 0 differ, \d+ open\./,
      );
    });
  }
});

describe('reading the app', () => {
  it('fetches the document from a URL, with the token', async () => {
    const seen: string[] = [];
    const fetch: FetchLike = (input, init) => {
      seen.push(`${input} ${new Headers(init?.headers).get('Authorization')}`);
      return Promise.resolve(new Response(readFileSync(APP, 'utf8'), { status: 200 }));
    };
    const result = await sync(
      ['--contract', OURS, '--from', 'http://127.0.0.1:18432/openapi.json'],
      fetch,
      { SESSIONDOCK_TOKEN: 'tok' },
    );
    assert.equal(result.code, 1);
    assert.deepEqual(seen, ['http://127.0.0.1:18432/openapi.json Bearer tok']);
    assert.match(result.out, /getSessionArtwork/);
  });

  /** [situation, arguments, the message]. */
  const ERRORS: Array<[string, string[], RegExp]> = [
    [
      'the app is not reachable',
      ['--from', 'http://127.0.0.1:18432/openapi.json'],
      /cannot reach .* \(connection refused\)\. Is SessionDock running/,
    ],
    [
      'the file does not exist',
      ['--from', 'no-such-file.yaml'],
      /cannot read no-such-file\.yaml: no such file/,
    ],
    ['--from is missing', [], /--from is required/],
    [
      'the document is not OpenAPI',
      ['--from', 'package.json'],
      /"openapi" must be a 3\.0\.x or 3\.1\.x version/,
    ],
  ];
  for (const [situation, argv, message] of ERRORS) {
    it(`exits 2 and says why when ${situation}`, async () => {
      const result = await sync(argv);
      assert.equal(result.code, 2, result.out);
      assert.match(result.err, message);
    });
  }

  it('never writes the contract, and writes JSON only where asked', async () => {
    const before = statSync(OURS).mtimeMs;
    const json = join(mkdtempSync(join(tmpdir(), 'sync-')), 'diff.json');
    await sync(['--contract', OURS, '--from', APP, '--json', json]);
    assert.equal(statSync(OURS).mtimeMs, before);
    const diff = JSON.parse(readFileSync(json, 'utf8'));
    assert.deepEqual(
      diff.added.map((ref: { id: string }) => ref.id),
      ['getSessionArtwork'],
    );
    assert.equal(diff.identical, false);
  });
});
