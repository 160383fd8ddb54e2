import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sendRequest, type OutgoingRequest } from './send-request.ts';

const health: OutgoingRequest = {
  method: 'GET',
  url: 'http://127.0.0.1:18432/api/v1/health',
  headers: [['Authorization', 'Bearer t']],
};

/** A fetch that never answers until its request is aborted, like a hung server. */
const hangingFetch = (request: Request) =>
  new Promise<Response>((_, reject) =>
    request.signal.addEventListener('abort', () => reject(request.signal.reason as Error)),
  );

describe('sendRequest', () => {
  it('returns status, headers, body and content type of a response', async () => {
    const exchange = await sendRequest(health, {
      fetch: (request) => {
        assert.equal(request.headers.get('authorization'), 'Bearer t');
        return Promise.resolve(
          new Response('{"data":{}}', {
            status: 200,
            statusText: 'OK',
            headers: { 'Content-Type': 'application/json' },
          }),
        );
      },
      timeoutMs: 1000,
      cancel: new AbortController().signal,
    });
    assert.equal(exchange.kind, 'response');
    assert.deepEqual(
      [exchange.status, exchange.statusText, exchange.bodyText, exchange.contentType],
      [200, 'OK', '{"data":{}}', 'application/json'],
    );
  });

  it('gives up on a server that never answers, as a timeout', async () => {
    const exchange = await sendRequest(health, {
      fetch: hangingFetch,
      timeoutMs: 50,
      cancel: new AbortController().signal,
    });
    assert.deepEqual(exchange.kind === 'failure' && exchange.failure, 'timeout');
  });

  it('reports a cancel as cancelled, not as a timeout or a network error', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const exchange = await sendRequest(health, {
      fetch: hangingFetch,
      timeoutMs: 5000,
      cancel: controller.signal,
    });
    assert.deepEqual(exchange.kind === 'failure' && exchange.failure, 'cancelled');
  });

  it('reports a rejected fetch (refused, blocked, CORS) as a network failure', async () => {
    const exchange = await sendRequest(health, {
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      timeoutMs: 1000,
      cancel: new AbortController().signal,
    });
    assert.deepEqual(exchange.kind === 'failure' && exchange.failure, 'network');
  });

  it('sends the body of a write and no body for a GET', async () => {
    const seen: Array<string | null> = [];
    const fetch = async (request: Request) => {
      seen.push(request.method === 'GET' ? null : await request.text());
      return new Response('');
    };
    const options = { fetch, timeoutMs: 1000, cancel: new AbortController().signal };
    await sendRequest({ ...health, body: 'ignored' }, options);
    await sendRequest({ ...health, method: 'PUT', body: '{"notes":"Ça va \'bien\'"}' }, options);
    assert.deepEqual(seen, [null, '{"notes":"Ça va \'bien\'"}']);
  });

  it('reads a body that arrives in pieces, a character split between two of them', async () => {
    const bytes = new TextEncoder().encode('{"title":"Mélodie à deux"}');
    const split = bytes.indexOf(0xc3) + 1;
    const exchange = await sendRequest(health, {
      fetch: () =>
        Promise.resolve(
          new Response(
            new ReadableStream({
              start(controller) {
                controller.enqueue(bytes.slice(0, split));
                controller.enqueue(bytes.slice(split));
                controller.close();
              },
            }),
            { headers: { 'Content-Type': 'application/json' } },
          ),
        ),
      timeoutMs: 1000,
      cancel: new AbortController().signal,
    });
    assert.equal(exchange.kind === 'response' && exchange.bodyText, '{"title":"Mélodie à deux"}');
    assert.equal(exchange.kind === 'response' && exchange.bytes.length, bytes.length);
  });
});
