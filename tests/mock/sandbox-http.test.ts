import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { startSandbox, type TestSandbox } from '../support/start-sandbox.ts';

let sandbox: TestSandbox;
const auth = () => ({ Authorization: `Bearer ${sandbox.token}` });
const DOCS_ORIGIN = 'http://127.0.0.1:4321';

/** A raw request, for what fetch will not send (a forged Host header). */
function rawGet(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string; type: string | undefined }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: '127.0.0.1', port: sandbox.port, path, headers },
      (incoming) => {
        let body = '';
        incoming.on('data', (chunk: Buffer) => {
          body += chunk.toString();
        });
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            body,
            type: incoming.headers['content-type'],
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('the sandbox over HTTP', () => {
  before(async () => {
    sandbox = await startSandbox();
  });
  after(async () => {
    await sandbox.stop();
  });

  it('answers a preflight without a token, naming Authorization explicitly', async () => {
    const answer = await fetch(`${sandbox.baseUrl}/sessions/session_123/tags`, {
      method: 'OPTIONS',
      headers: {
        Origin: DOCS_ORIGIN,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    });
    assert.equal(answer.status, 204);
    assert.equal(answer.headers.get('access-control-allow-origin'), DOCS_ORIGIN);
    assert.match(answer.headers.get('access-control-allow-headers') ?? '', /\bAuthorization\b/);
    assert.match(answer.headers.get('access-control-allow-headers') ?? '', /\bContent-Type\b/);
    assert.match(answer.headers.get('access-control-allow-methods') ?? '', /\bPUT\b/);
  });

  it('lets an allowed origin read responses and the headers the panel shows', async () => {
    const answer = await fetch(`${sandbox.baseUrl}/health`, {
      headers: { ...auth(), Origin: DOCS_ORIGIN },
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.headers.get('access-control-allow-origin'), DOCS_ORIGIN);
    assert.match(answer.headers.get('access-control-expose-headers') ?? '', /X-SessionDock-Mock/);
  });

  it('refuses a page from another origin, without CORS headers', async () => {
    for (const method of ['OPTIONS', 'GET']) {
      const answer = await fetch(`${sandbox.baseUrl}/health`, {
        method,
        headers: { ...auth(), Origin: 'https://evil.example' },
      });
      assert.equal(answer.status, 403);
      assert.equal(answer.headers.get('access-control-allow-origin'), null);
      assert.equal((await answer.json()).error.code, 'origin_not_allowed');
    }
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const answer = await rawGet('/api/v1/health', {
      Host: `rebind.example:${sandbox.port}`,
      ...auth(),
    });
    assert.equal(answer.status, 421);
    assert.equal(answer.type, 'application/json');
    assert.equal(JSON.parse(answer.body).error.code, 'host_not_allowed');
    assert.equal(
      (await rawGet('/api/v1/health', { Host: `localhost:${sandbox.port}`, ...auth() })).status,
      200,
    );
  });

  it('refuses a body over 1 MiB with a JSON 413', async () => {
    const answer = await fetch(`${sandbox.baseUrl}/sessions/session_123/notes`, {
      method: 'PUT',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ notes: 'x'.repeat(1024 * 1024) }),
    });
    assert.equal(answer.status, 413);
    assert.equal((await answer.json()).error.code, 'payload_too_large');
  });

  it('answers a malformed body with the documented invalid_json', async () => {
    const answer = await fetch(`${sandbox.baseUrl}/sessions/session_123/notes`, {
      method: 'PUT',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: '{"notes": ',
    });
    assert.equal(answer.status, 400);
    assert.equal((await answer.json()).error.code, 'invalid_json');
  });

  it('answers an unknown route with a JSON 404', async () => {
    for (const path of ['/api/v1/nothing-here', '/favicon.ico', '/_sandbox/nothing']) {
      const answer = await fetch(`${sandbox.origin}${path}`, { headers: auth() });
      assert.equal(answer.status, 404, path);
      assert.equal(answer.headers.get('content-type'), 'application/json');
      assert.equal((await answer.json()).error.status, 404);
    }
  });

  it('keeps every one of many concurrent writes', async () => {
    await fetch(`${sandbox.origin}/_sandbox/reset`, { method: 'POST' });
    const titles = Array.from({ length: 40 }, (_, index) => `Concurrent ${index}`);
    const answers = await Promise.all(
      titles.map((title) =>
        fetch(`${sandbox.baseUrl}/sessions`, {
          method: 'POST',
          headers: { ...auth(), 'Content-Type': 'application/json' },
          body: JSON.stringify({ title }),
        }),
      ),
    );
    assert.deepEqual(
      answers.map((answer) => answer.status),
      titles.map(() => 201),
    );
    const listed = await (
      await fetch(`${sandbox.baseUrl}/sessions?q=concurrent&limit=100`, { headers: auth() })
    ).json();
    assert.equal(listed.meta.total, 40);
    assert.equal(new Set(listed.data.map((session: { id: string }) => session.id)).size, 40);
  });

  it('changes flags and resets through the control routes', async () => {
    const patched = await fetch(`${sandbox.origin}/_sandbox/flags`, {
      method: 'PATCH',
      body: JSON.stringify({ effectiveMode: 'read-only' }),
    });
    assert.equal((await patched.json()).data.effectiveMode, 'read-only');
    const refused = await fetch(`${sandbox.baseUrl}/sessions/session_123`, {
      method: 'DELETE',
      headers: auth(),
    });
    assert.equal(refused.status, 403);
    const wrong = await fetch(`${sandbox.origin}/_sandbox/flags`, {
      method: 'PATCH',
      body: JSON.stringify({ effectiveMode: 'sometimes' }),
    });
    assert.equal(wrong.status, 400);
    await fetch(`${sandbox.origin}/_sandbox/reset`, { method: 'POST' });
    const state = await (await fetch(`${sandbox.origin}/_sandbox/state`)).json();
    assert.equal(state.data.flags.effectiveMode, 'full-automation');
    assert.equal(state.data.requests.count, 0);
  });
});
