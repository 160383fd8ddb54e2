import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorReply, MOCK_RULE_HEADER, type MockReply } from '../envelope/mock-reply.ts';
import type { MockStore } from '../app/mock-store.ts';
import { CONTROL_PREFIX, handleControlRoute } from './control-routes.ts';
import {
  BODY_LIMIT_BYTES,
  readNodeRequest,
  writeReply,
  type NodeMockRequest,
} from './http-exchange.ts';
import { corsHeaders, isAllowedHost, isAllowedOrigin, preflightHeaders } from './sandbox-guards.ts';

/** What the sandbox server needs: the mock transport, its store, the allowed origins and a logger. */
export interface SandboxServerOptions {
  /** Answers an API request like SessionDock would (the mock's handlers). */
  respond: (request: NodeMockRequest) => Promise<MockReply>;
  store: MockStore;
  allowedOrigins: readonly string[];
  bodyLimit?: number;
  /** Receives one line per request; omit it to stay quiet. */
  log?: ((line: string) => void) | undefined;
}

/**
 * An HTTP server over the mock. Every request passes, in order: the Host check (421), the
 * Origin check (403 for an origin not allowed), the preflight answer (204, no token needed), the
 * body size limit (413), then the control routes or the mock. Every error is the JSON envelope.
 */
export function createSandboxServer(options: SandboxServerOptions): Server {
  let port: number | undefined;
  // The port, read once: server.address() on every request showed in the sandbox's profile.
  const portOf = () => (port ??= (server.address() as AddressInfo | null)?.port ?? 0);
  const server = createServer((incoming, outgoing) => {
    const started = performance.now();
    const answered = answer(incoming, outgoing, portOf(), options).catch((error: unknown) => {
      try {
        writeReply(
          outgoing,
          errorReply(500, 'sandbox_error', `The sandbox failed: ${String(error)}`),
          {},
        );
      } catch {
        outgoing.destroy();
      }
    });
    const { log } = options;
    if (log)
      void answered.finally(() => {
        const ms = (performance.now() - started).toFixed(1);
        log(
          `${new Date().toISOString().slice(11, 19)} ${incoming.method} ${incoming.url} → ${outgoing.statusCode} ${String(outgoing.getHeader(MOCK_RULE_HEADER) ?? '')} ${ms} ms`.replace(
            / {2,}/g,
            ' ',
          ),
        );
      });
  });
  server.on('listening', () => (port = undefined));
  return server;
}

async function answer(
  incoming: IncomingMessage,
  outgoing: ServerResponse,
  port: number,
  options: SandboxServerOptions,
): Promise<void> {
  const origin = incoming.headers.origin;
  const cors = corsHeaders(origin, options.allowedOrigins);
  const refuse = (
    status: number,
    code: string,
    message: string,
    extra: Record<string, string> = {},
  ) => writeReply(outgoing, errorReply(status, code, message), { ...cors, ...extra });

  if (!isAllowedHost(incoming.headers.host, port)) {
    refuse(
      421,
      'host_not_allowed',
      `The sandbox answers only requests addressed to 127.0.0.1:${port} or localhost:${port}.`,
    );
    return;
  }
  if (!isAllowedOrigin(origin, options.allowedOrigins)) {
    refuse(
      403,
      'origin_not_allowed',
      `Pages from ${origin} may not call the sandbox. Start it with --allow-origin ${origin} to allow them.`,
    );
    return;
  }
  if (incoming.method === 'OPTIONS') {
    writeReply(
      outgoing,
      { status: 204, headers: {}, body: null },
      {
        ...cors,
        ...preflightHeaders(),
      },
    );
    return;
  }
  const limit = options.bodyLimit ?? BODY_LIMIT_BYTES;
  const request = await readNodeRequest(incoming, `http://${incoming.headers.host}`, limit);
  if ('tooLarge' in request) {
    refuse(413, 'payload_too_large', `Request bodies are limited to ${limit} bytes.`, {
      Connection: 'close',
    });
    return;
  }
  const response = request.parsedUrl.pathname.startsWith(CONTROL_PREFIX)
    ? await handleControlRoute(request, options.store)
    : await options.respond(request);
  writeReply(outgoing, response, cors);
}
