import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { apiBasePath, createOperationRoutes, toHandlers } from '../handlers/create-handlers.ts';
import { createMockFetch } from '../handlers/create-mock-fetch.ts';
import type { MockFlags } from '../app/mock-flags.ts';
import { createSeedState } from '../app/create-seed-state.ts';
import { createMockStore, type MockStore } from '../app/mock-store.ts';
import { createRouteTable } from './route-table.ts';
import { createSandboxServer } from './sandbox-server.ts';
import { toReply, type NodeMockRequest } from './http-exchange.ts';

/** How to start a sandbox: the contract's model, where to listen, the starting flags. */
export interface StartSandboxServerOptions {
  model: ApiModel;
  port: number;
  host?: string | undefined;
  flags?: Partial<MockFlags> | undefined;
  allowedOrigins: readonly string[];
  log?: ((line: string) => void) | undefined;
  now?: (() => Date) | undefined;
}

/** A running sandbox. */
export interface RunningSandbox {
  server: Server;
  store: MockStore;
  port: number;
  /** `http://127.0.0.1:18432` */
  origin: string;
  /** `http://127.0.0.1:18432/api/v1` */
  baseUrl: string;
  stop(): Promise<void>;
}

/** The port is taken, by SessionDock itself or another sandbox. */
export class PortInUseError extends Error {}

/** Starts the sandbox: a store seeded with the given flags (reset returns to them), the handlers, and the server. */
export async function startSandboxServer(
  options: StartSandboxServerOptions,
): Promise<RunningSandbox> {
  const { model, flags } = options;
  const store = createMockStore({
    seed: (now) => createSeedState(model, now, flags),
    now: options.now,
  });
  const routes = createOperationRoutes(model, store);
  const answer = createRouteTable(routes);
  const mockFetch = createMockFetch(toHandlers(routes));
  // The table answers every operation; msw answers the rest (404, 405) from a real Fetch request.
  const respond = (request: NodeMockRequest) =>
    answer(request) ?? mockFetch(request.toFetchRequest()).then(toReply);
  const server = createSandboxServer({
    respond,
    store,
    allowedOrigins: options.allowedOrigins,
    log: options.log,
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `port ${options.port} is in use — is SessionDock already running? Use --port to pick another.`,
            )
          : error,
      ),
    );
    server.listen(options.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    server,
    store,
    port,
    origin,
    baseUrl: `${origin}${apiBasePath(model)}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
