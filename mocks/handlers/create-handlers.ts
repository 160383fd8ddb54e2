import { http, type HttpHandler } from 'msw';
import type { ApiModel, HttpMethod } from '../../src/lib/openapi/model.ts';
import { answerOperation } from './answer-operation.ts';
import { toResponse, type MockReply } from '../envelope/mock-reply.ts';
import type { MockRequest } from '../envelope/mock-request.ts';
import type { Behaviour } from '../app/behaviour.ts';
import { behaviourTable } from '../app/behaviour-table.ts';
import type { MockStore } from '../app/mock-store.ts';

const MSW_METHODS: Partial<Record<HttpMethod, typeof http.get>> = {
  get: http.get,
  put: http.put,
  post: http.post,
  delete: http.delete,
  patch: http.patch,
  head: http.head,
  options: http.options,
};

/** The API's path below its origin, from the contract's first server: `/api/v1`. */
export function apiBasePath(model: ApiModel): string {
  const url = model.servers[0]?.url ?? '/';
  return new URL(url, 'http://127.0.0.1').pathname.replace(/\/+$/, '');
}

/** An OpenAPI path on the API's base path as an msw path: `/sessions/{id}` → `/api/v1/sessions/:id`. */
export function toMswPath(basePath: string, path: string): string {
  return `${basePath}${path.replace(/\{([^}]+)\}/g, ':$1')}`;
}

/** One operation's answer: its method, its msw path on the API's base path, and the function that answers it. */
export interface OperationRoute {
  method: HttpMethod;
  /** `/api/v1/sessions/:id` */
  path: string;
  /** `url` is `request.url` parsed, when the caller has already parsed it. */
  answer: (
    request: MockRequest,
    params: Readonly<Record<string, string>>,
    url?: URL,
  ) => Promise<MockReply>;
}

/** The answer of every operation of the contract, from the simulated app in `store`: what the handlers (and the sandbox's route table) call. */
export function createOperationRoutes(
  model: ApiModel,
  store: MockStore,
  behaviours: Readonly<Record<string, Behaviour>> = behaviourTable,
): OperationRoute[] {
  const basePath = apiBasePath(model);
  return model.operations.map((operation) => {
    const context = { operation, behaviour: behaviours[operation.id], store, basePath };
    return {
      method: operation.method,
      path: toMswPath(basePath, operation.path),
      answer: (request, params, url) => answerOperation(request, params, context, url),
    };
  });
}

/**
 * One msw handler per operation of the contract, answering from the simulated app in `store`.
 * Paths are relative (`/api/v1/…`): each setup resolves them against the origin it serves,
 * with `getResponse(handlers, request, { baseUrl })`. No environment code lives here.
 */
export function createHandlers(
  model: ApiModel,
  store: MockStore,
  behaviours: Readonly<Record<string, Behaviour>> = behaviourTable,
): HttpHandler[] {
  return toHandlers(createOperationRoutes(model, store, behaviours));
}

/** The routes as msw handlers. */
export function toHandlers(routes: readonly OperationRoute[]): HttpHandler[] {
  return routes.flatMap((route) => {
    const method = MSW_METHODS[route.method];
    if (!method) return [];
    return [
      method(route.path, async ({ request, params }) =>
        toResponse(await route.answer(request, toTextParams(params))),
      ),
    ];
  });
}

/** msw's path parameters as text (a repeated parameter joined with `/`). */
export function toTextParams(
  params: Record<string, string | readonly string[] | undefined>,
): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') text[name] = value;
    else if (Array.isArray(value)) text[name] = value.join('/');
  }
  return text;
}
