import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildSnippets } from '../../src/lib/snippets/build-snippets.ts';
import type { Snippet } from '../../src/lib/snippets/snippet-request.ts';
import { startEchoServer, type ReceivedRequest } from './support/echo-server.ts';
import { decodeCmdArgument, decodePowerShellLiteral } from './support/windows-decoders.ts';

const run = promisify(execFile);
/** A token with characters a shell would expand if it were evaluated twice. */
const TOKEN = 'tok-$HOME-`id`-"q"-\'s\'-%PATH%-!!';

/** Bodies that break naive quoting, each for a different reason. */
const BODIES: Array<[string, string]> = [
  ['single quotes', JSON.stringify({ title: "it's Bob's 'mix'" })],
  ['double quotes and backslashes', JSON.stringify({ note: 'say "hi" \\ C:\\path\\"end' })],
  ['spaces and shell expansion', JSON.stringify({ note: 'cost $5 $HOME ${x} $(id) `id`' })],
  ['percent and bang', JSON.stringify({ note: '100% %PATH% !! !$ ^&|<>()' })],
  ['non-ASCII', JSON.stringify({ title: 'Café — naïve 🎵 “smart” ‘quotes’ ümlaut 日本' })],
  ['pretty JSON with newlines', JSON.stringify({ title: 'Launch cue', tags: ['a', 'b'] }, null, 2)],
  ['CRLF and tab', '{"note":\r\n\t"x"}'],
  ['tab, apostrophe and bang', '{"note":"it\'s\tdone!! !$"}'],
  ['not JSON, starts with @', '@/etc/passwd and more'],
  ['invalid JSON with everything', '{"title": it\'s "$HOME" `x` 50% !\n né'],
  ['line separators', `{"t":"a\u2028b\u2029c"}`],
];

function snippet(snippets: Snippet[], id: string): string {
  const found = snippets.find((candidate) => candidate.id === id);
  assert.ok(found, `no ${id} snippet`);
  return found.code;
}

describe('code samples reproduce awkward request bodies exactly', () => {
  let echo: Awaited<ReturnType<typeof startEchoServer>>;
  let dir: string;
  before(async () => {
    echo = await startEchoServer();
    dir = mkdtempSync(join(tmpdir(), 'snippets-'));
  });
  after(async () => {
    await echo.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Runs a sample and returns what the server received. */
  async function send(
    file: string,
    command: string,
    args: string[],
    input?: string,
  ): Promise<ReceivedRequest> {
    const before = echo.received.length;
    const child = run(command, args, {
      env: { ...process.env, SESSIONDOCK_TOKEN: TOKEN },
      cwd: dir,
    });
    if (input !== undefined) child.child.stdin?.end(input);
    await child;
    assert.equal(echo.received.length, before + 1, `${file} sent no request`);
    return echo.received.at(-1) as ReceivedRequest;
  }

  function samplesFor(body: string): Snippet[] {
    return buildSnippets({
      method: 'POST',
      url: `${echo.origin}/sessions/it's%20here?q=a%20b&x=%24HOME`,
      headers: [
        ['Authorization', 'Bearer real-secret'],
        ['Content-Type', 'application/json'],
      ],
      body,
    });
  }

  for (const [name, body] of BODIES) {
    it(`sends the body with ${name} byte for byte from bash, Python, Node and browser fetch`, async () => {
      const samples = samplesFor(body);
      writeFileSync(join(dir, 'node.mjs'), snippet(samples, 'node'));
      writeFileSync(
        join(dir, 'browser.mjs'),
        `const SESSIONDOCK_TOKEN = process.env.SESSIONDOCK_TOKEN;\n${snippet(samples, 'fetch')}`,
      );
      writeFileSync(join(dir, 'sample.py'), snippet(samples, 'python'));
      const received = [
        // An interactive shell reading the pasted text, so `!` history expansion applies as in a terminal.
        await send(
          'bash',
          'bash',
          ['--norc', '--noprofile', '-i'],
          `${snippet(samples, 'curl-bash')} --silent --output /dev/null\n`,
        ),
        await send('python', 'python3', ['sample.py']),
        await send('node', process.execPath, ['node.mjs']),
        await send('browser', process.execPath, ['browser.mjs']),
      ];
      for (const request of received) {
        assert.equal(request.body.toString('hex'), Buffer.from(body, 'utf8').toString('hex'));
        assert.equal(request.method, 'POST');
        assert.equal(request.url, "/sessions/it's%20here?q=a%20b&x=%24HOME");
        assert.equal(request.headers.authorization, `Bearer ${TOKEN}`);
        assert.equal(request.headers['content-type'], 'application/json');
      }
    });

    it(`writes the body with ${name} as a PowerShell literal of the same value`, () => {
      const code = snippet(samplesFor(body), 'curl-powershell');
      const literal = /^\$body = ([^\n]*)$/m.exec(code)?.[1] ?? '';
      assert.equal(decodePowerShellLiteral(literal), body);
      assert.match(code, /--header "Authorization: Bearer \$env:SESSIONDOCK_TOKEN"/);
      assert.match(code, /--data-binary "@\$\(\$bodyFile\.FullName\)"/);
    });

    it(`passes the body with ${name} through cmd as the same bytes or the same JSON value`, () => {
      const code = snippet(samplesFor(body), 'curl-cmd');
      assert.match(code, /--header "Authorization: Bearer %SESSIONDOCK_TOKEN%"/);
      const argument = /--data-raw ([^\n]*)$/m.exec(code)?.[1];
      if (argument === undefined) {
        assert.match(code, /--data-binary @body\.txt/);
        assert.throws(() => JSON.parse(body));
        return;
      }
      const decoded = decodeCmdArgument(argument);
      if (decoded !== body) assert.deepEqual(JSON.parse(decoded), JSON.parse(body));
    });
  }
});

describe('the token in code samples', () => {
  const request = {
    method: 'GET',
    url: 'http://127.0.0.1:18432/api/v1/health',
    headers: [['Authorization', 'Bearer real-secret']] as Array<[string, string]>,
  };

  it('never shows the token that was sent', () => {
    for (const sample of buildSnippets(request))
      assert.doesNotMatch(sample.code, /real-secret/, sample.id);
  });

  it('reads the token from the environment in every language', () => {
    const expected: Record<string, RegExp> = {
      'curl-bash': /"Authorization: Bearer \$SESSIONDOCK_TOKEN"/,
      'curl-powershell': /"Authorization: Bearer \$env:SESSIONDOCK_TOKEN"/,
      'curl-cmd': /"Authorization: Bearer %SESSIONDOCK_TOKEN%"/,
      fetch: /`Bearer \$\{SESSIONDOCK_TOKEN\}`/,
      node: /`Bearer \$\{process\.env\.SESSIONDOCK_TOKEN\}`/,
      python: /'Bearer ' \+ os\.environ\['SESSIONDOCK_TOKEN'\]/,
    };
    for (const sample of buildSnippets(request))
      assert.match(sample.code, expected[sample.id] ?? /^$/, sample.id);
  });

  it('writes the literal token only when asked to reveal it', () => {
    for (const sample of buildSnippets(request, { revealToken: 'shown-token' })) {
      assert.match(sample.code, /shown-token/, sample.id);
      assert.doesNotMatch(sample.code, /SESSIONDOCK_TOKEN/, sample.id);
    }
  });
});
