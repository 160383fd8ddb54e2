import { getResponse, matchRequestUrl, type RequestHandler } from 'msw';
import { errorResponse } from '../envelope/json-response.ts';

/** A fetch-like function that answers from the mock: `(request) => Promise<Response>`. */
export type MockFetch = (request: Request) => Promise<Response>;

/**
 * The mock as a transport, with no service worker: the handlers answer a `Request` directly
 * through msw's `getResponse`, resolving their relative paths against the request's own origin.
 * It answers every request: a path no operation has gets a 404 envelope, a method the path lacks
 * a 405 envelope, and a fault a 500 envelope, never a thrown error.
 */
export function createMockFetch(handlers: readonly RequestHandler[]): MockFetch {
  return async (request) => {
    try {
      const baseUrl = new URL(request.url).origin;
      const response = await getResponse([...handlers], request, { baseUrl });
      return response ?? noRoute(handlers, request, baseUrl);
    } catch (error) {
      return errorResponse(
        500,
        'mock_error',
        `The mock failed to answer: ${error instanceof Error ? error.message : String(error)}`,
        'mock-error',
      );
    }
  };
}

function noRoute(handlers: readonly RequestHandler[], request: Request, baseUrl: string): Response {
  const url = new URL(request.url);
  const methods = handlers
    .map((handler) => handler.info as { method?: unknown; path?: unknown })
    .filter(
      (info) => typeof info.path === 'string' && matchRequestUrl(url, info.path, baseUrl).matches,
    )
    .map((info) => String(info.method));
  if (methods.length > 0) {
    const response = errorResponse(
      405,
      'method_not_allowed',
      `${request.method} is not allowed on ${url.pathname}. Allowed: ${methods.join(', ')}.`,
      'no-route',
    );
    response.headers.set('Allow', methods.join(', '));
    return response;
  }
  return errorResponse(
    404,
    'not_found',
    `No operation matches ${request.method} ${url.pathname}.`,
    'no-route',
  );
}
