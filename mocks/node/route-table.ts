import { matchRequestUrl } from 'msw';
import { toTextParams, type OperationRoute } from '../handlers/create-handlers.ts';
import type { MockReply } from '../envelope/mock-reply.ts';
import type { MockRequest } from '../envelope/mock-request.ts';

/** Finds the operation a request addresses and answers it, or returns undefined (no operation matches). */
export type RouteTable = (request: MockRequest) => Promise<MockReply> | undefined;

interface CompiledRoute {
  route: OperationRoute;
  /** The path with every `:param` as one segment: a cheap first test before msw's own match. */
  shape: RegExp;
  /** A path without parameters: the shape alone decides, as msw's match of a literal path would. */
  literal: boolean;
}

/**
 * The operations' routes by method, compiled once per server. The sandbox answers a request
 * through this table instead of msw's `getResponse`, which costs more per request (a request id,
 * a clone, an abort controller, every handler's URL parsed) than the whole answer: the table
 * picks the one route whose shape fits, and msw's `matchRequestUrl` reads its parameters, so a
 * path means what it means to msw (a path without parameters fits exactly when its shape does,
 * trailing slash allowed, as in msw). Requests no route fits are left to msw (404, 405 answers).
 * The URL is parsed here once and handed on.
 */
export function createRouteTable(routes: readonly OperationRoute[]): RouteTable {
  const byMethod = new Map<string, CompiledRoute[]>();
  for (const route of routes) {
    const method = route.method.toUpperCase();
    const shape = new RegExp(
      `^${route.path
        .split('/')
        .map((segment) => (segment.startsWith(':') ? '[^/]+' : escapeRegExp(segment)))
        .join('/')}/?$`,
    );
    const literal = !route.path.includes(':');
    byMethod.set(method, [...(byMethod.get(method) ?? []), { route, shape, literal }]);
  }
  return (request) => {
    const candidates = byMethod.get(request.method);
    if (!candidates) return undefined;
    const url = request.parsedUrl ?? new URL(request.url);
    for (const { route, shape, literal } of candidates) {
      if (!shape.test(url.pathname)) continue;
      if (literal) return route.answer(request, {}, url);
      const match = matchRequestUrl(url, route.path, url.origin);
      if (!match.matches) continue;
      return route.answer(request, toTextParams(match.params ?? {}), url);
    }
    return undefined;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
