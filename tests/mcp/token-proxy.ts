import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';

/** An app in front of the sandbox that accepts its own secret token, so a test can search output for it. */
export interface TokenProxy {
  /** `http://127.0.0.1:<port>/api/v1` */
  baseUrl: string;
  /** A fresh random token, which no page of the docs can contain. */
  token: string;
  /** When set, `/health` reports this effective mode whatever the sandbox's is (an app whose answers disagree)... */
  healthMode: string | undefined;
  /** ...for this many more reads of `/health`. */
  healthModeReads: number;
  stop(): Promise<void>;
}

/**
 * Starts a proxy to `sandboxOrigin` that forwards requests carrying its secret token with the
 * sandbox's token instead, and any other request with no token (so the sandbox answers 401).
 */
export async function startTokenProxy(
  sandboxOrigin: string,
  apiPath = '/api/v1',
): Promise<TokenProxy> {
  const proxy: TokenProxy = {
    baseUrl: '',
    token: `secret-${randomUUID()}`,
    healthMode: undefined,
    healthModeReads: 0,
    stop: () => Promise.resolve(),
  };
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      void (async () => {
        const headers = new Headers();
        if (incoming.headers.authorization === `Bearer ${proxy.token}`)
          headers.set('Authorization', `Bearer ${SANDBOX_TOKEN}`);
        if (incoming.headers['content-type'])
          headers.set('Content-Type', incoming.headers['content-type']);
        const method = incoming.method ?? 'GET';
        const response = await fetch(`${sandboxOrigin}${incoming.url ?? '/'}`, {
          method,
          headers,
          body: chunks.length > 0 && method !== 'GET' ? Buffer.concat(chunks) : null,
        });
        let body = await response.text();
        if (
          proxy.healthMode &&
          proxy.healthModeReads > 0 &&
          incoming.url === `${apiPath}/health` &&
          response.ok
        ) {
          proxy.healthModeReads -= 1;
          const health = JSON.parse(body) as { data: { effectiveMode: string } };
          health.data.effectiveMode = proxy.healthMode;
          body = JSON.stringify(health);
        }
        outgoing.writeHead(response.status, {
          'Content-Type': response.headers.get('content-type') ?? 'application/json',
        });
        outgoing.end(body);
      })().catch(() => outgoing.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${apiPath}`;
  proxy.stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return proxy;
}
