import { http, type HttpHandler } from 'msw';
import type { ApiModel, HttpMethod } from '../../src/lib/openapi/model.ts';
import { answerOperation } from './answer-operation.ts';
import type { Behaviour } from '../app/behaviour.ts';
import { behaviourTable } from '../app/behaviour-table.ts';
import type { MockStore } from '../app/mock-store.ts';

const MSW_METHODS: Partial<Record<HttpMethod, typeof http.get>> = {
  get: http.get, put: http.put, post: http.post, delete: http.delete, patch: http.patch, head: http.head, options: http.options,
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

/**
 * One msw handler per operation of the contract, answering from the simulated app in `store`.
 * Paths are relative (`/api/v1/…`): each setup resolves them against the origin it serves,
 * with `getResponse(handlers, request, { baseUrl })`. No environment code lives here.
 */
export function createHandlers(model: ApiModel, store: MockStore, behaviours: Readonly<Record<string, Behaviour>> = behaviourTable): HttpHandler[] {
  const basePath = apiBasePath(model);
  return model.operations.flatMap((operation) => {
    const method = MSW_METHODS[operation.method];
    if (!method) return [];
    const context = { operation, behaviour: behaviours[operation.id], store, basePath };
    return [method(toMswPath(basePath, operation.path), ({ request, params }) =>
      answerOperation(request, toTextParams(params), context))];
  });
}

function toTextParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const text: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') text[name] = value;
    else if (Array.isArray(value)) text[name] = value.join('/');
  }
  return text;
}
