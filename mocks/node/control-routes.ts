import { errorReply, jsonReply, type MockReply } from '../envelope/mock-reply.ts';
import type { MockRequest } from '../envelope/mock-request.ts';
import { toFlagChange } from '../app/mock-flags.ts';
import { isMockState } from '../app/mock-state.ts';
import type { MockStore } from '../app/mock-store.ts';

/** Where the sandbox's own routes live, outside the API's base path. */
export const CONTROL_PREFIX = '/_sandbox/';

/**
 * The sandbox's control routes, for tests and scripts (not part of SessionDock's API):
 * `GET /_sandbox/state`, `PUT /_sandbox/state` (a whole state as GET returns it),
 * `PATCH /_sandbox/flags` (some flags) and `POST /_sandbox/reset` (seed library, starting flags).
 */
export async function handleControlRoute(
  request: MockRequest,
  store: MockStore,
): Promise<MockReply> {
  const route = `${request.method} ${(request.parsedUrl ?? new URL(request.url)).pathname}`;
  switch (route) {
    case 'GET /_sandbox/state':
      return jsonReply(200, { data: store.read() }, 'sandbox-control');
    case 'POST /_sandbox/reset':
      store.reset();
      return jsonReply(200, { data: store.read() }, 'sandbox-control');
    case 'PUT /_sandbox/state': {
      const body = await readJson(request);
      if (!isMockState(body))
        return errorReply(
          400,
          'invalid_request',
          'The body must be a whole state, as GET /_sandbox/state returns it.',
        );
      store.replace(body);
      return jsonReply(200, { data: store.read() }, 'sandbox-control');
    }
    case 'PATCH /_sandbox/flags': {
      const result = toFlagChange(await readJson(request), store.read().flags);
      if ('problem' in result) return errorReply(400, 'invalid_request', result.problem);
      return jsonReply(200, { data: store.setFlags(result.change) }, 'sandbox-control');
    }
    default:
      return errorReply(
        404,
        'not_found',
        `The sandbox has no route ${route}. Its routes: GET and PUT /_sandbox/state, PATCH /_sandbox/flags, POST /_sandbox/reset.`,
        'no-route',
      );
  }
}

async function readJson(request: MockRequest): Promise<unknown> {
  try {
    return JSON.parse(await request.text());
  } catch {
    return undefined;
  }
}
