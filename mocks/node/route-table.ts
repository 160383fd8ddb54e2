import { matchRequestUrl } from 'msw';
import { toTextParams, type OperationRoute } from '../handlers/create-handlers.ts';

/** Finds the operation a request addresses and answers it, or returns undefined (no operation matches). */
export type RouteTable = (request: Request) => Promise<Response> | undefined;

interface CompiledRoute {
  route: OperationRoute;
  /** The path with every `:param` as one segment: a cheap first test before msw's own match. */
  shape: RegExp;
}

/**
 * The operations' routes by method, compiled once per server. The sandbox answers a request
 * through this table instead of msw's `getResponse`, which costs more per request (a request id,
 * a clone, an abort controller, every handler's URL parsed) than the whole answer: the table
 * picks the one route whose shape fits, and msw's `matchRequestUrl` reads its parameters, so a
 * path means what it means to msw. Requests no route fits are left to msw (404, 405 answers).
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
    byMethod.set(method, [...(byMethod.get(method) ?? []), { route, shape }]);
  }
  return (request) => {
    const candidates = byMethod.get(request.method);
    if (!candidates) return undefined;
    const url = new URL(request.url);
    for (const { route, shape } of candidates) {
      if (!shape.test(url.pathname)) continue;
      const match = matchRequestUrl(url, route.path, url.origin);
      if (!match.matches) continue;
      return route.answer(request, toTextParams(match.params ?? {}));
    }
    return undefined;
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
