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
  /**
   * The parameter names, in path order, when each is a whole segment (`/sessions/:id/notes`): a
   * fitting shape then captures each segment as msw's matcher would, decoded the same way.
   * Undefined for any other path, which msw's `matchRequestUrl` reads.
   */
  names: string[] | undefined;
}

/**
 * The operations' routes by method, compiled once per server. The sandbox answers a request
 * through this table instead of msw's `getResponse`, which costs more per request (a request id,
 * a clone, an abort controller, every handler's URL parsed) than the whole answer: the table
 * picks the one route whose shape fits and reads its parameters as msw's matcher does (whole
 * segments, percent-decoded, a trailing slash allowed; msw's `matchRequestUrl` reads any other
 * kind of path), so a path means what it means to msw. Requests no route fits are left to msw
 * (404, 405 answers). The URL is parsed here once and handed on.
 */
export function createRouteTable(routes: readonly OperationRoute[]): RouteTable {
  const byMethod = new Map<string, CompiledRoute[]>();
  for (const route of routes) {
    const method = route.method.toUpperCase();
    const segments = route.path.split('/');
    const shape = new RegExp(
      `^${segments
        .map((segment) => (segment.startsWith(':') ? '([^/]+)' : escapeRegExp(segment)))
        .join('/')}/?$`,
    );
    const params = segments.filter((segment) => segment.startsWith(':'));
    const names = params.every((segment) => /^:\w+$/.test(segment))
      ? params.map((segment) => segment.slice(1))
      : undefined;
    byMethod.set(method, [...(byMethod.get(method) ?? []), { route, shape, names }]);
  }
  return (request) => {
    const candidates = byMethod.get(request.method);
    if (!candidates) return undefined;
    const url = request.parsedUrl ?? new URL(request.url);
    for (const { route, shape, names } of candidates) {
      const fit = shape.exec(url.pathname);
      if (!fit) continue;
      if (names) {
        const params: Record<string, string> = {};
        names.forEach((name, index) => (params[name] = decodeSegment(fit[index + 1] ?? '')));
        return route.answer(request, params, url);
      }
      const match = matchRequestUrl(url, route.path, url.origin);
      if (!match.matches) continue;
      return route.answer(request, toTextParams(match.params ?? {}), url);
    }
    return undefined;
  };
}

/** A path segment decoded as msw decodes parameters: percent-escapes read, a broken one kept as sent. */
function decodeSegment(segment: string): string {
  if (!segment.includes('%')) return segment;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
