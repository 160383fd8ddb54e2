import type { ApiModel, OperationModel } from '../../src/lib/openapi/model.ts';

/** An operation of our contract and the app's operation at the same method and path (either may be missing). */
export interface OperationPair {
  /** `GET /api/v1/sessions/{}`: method and full path, path parameter names left out. */
  key: string;
  ours?: OperationModel | undefined;
  theirs?: OperationModel | undefined;
}

/**
 * Pairs the operations of two documents by method and full path (server path + operation path),
 * so a document that writes `/api/v1/health` under a bare server matches one that writes
 * `/health` under `…/api/v1`; path parameter names do not matter (`{id}` pairs with `{sessionId}`).
 */
export function matchOperations(ours: ApiModel, theirs: ApiModel): OperationPair[] {
  const pairs = new Map<string, OperationPair>();
  for (const operation of ours.operations)
    pairs.set(operationKey(operation), { key: operationKey(operation), ours: operation });
  for (const operation of theirs.operations) {
    const key = operationKey(operation);
    const pair = pairs.get(key) ?? { key };
    pair.theirs = operation;
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}

/** The operation's method and full path with parameter names left out. */
export function operationKey(operation: OperationModel): string {
  return `${operation.method.toUpperCase()} ${fullPath(operation).replace(/\{[^}]*\}/g, '{}')}`;
}

/** The operation's path prefixed with its server's path: `/api/v1/sessions/{id}`. */
export function fullPath(operation: OperationModel): string {
  const server = operation.servers[0]?.url ?? '/';
  let base: string;
  try {
    base = new URL(server.replace(/\{[^}]*\}/g, 'x'), 'http://server.invalid').pathname;
  } catch {
    base = '/';
  }
  const joined = `${base.replace(/\/+$/, '')}/${operation.path.replace(/^\/+/, '')}`;
  return joined.length > 1 ? joined.replace(/\/+$/, '') : joined;
}
