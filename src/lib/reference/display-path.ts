import type { OperationModel } from '../openapi/model.ts';

/**
 * The path as a reader calls it: the documented server's own path joined to the operation path
 * (`http://127.0.0.1:18432/api/v1` + `/health` → `/api/v1/health`).
 */
export function toDisplayPath(operation: Pick<OperationModel, 'path' | 'servers'>): string {
  const server = operation.servers[0]?.url ?? '/';
  let prefix: string;
  try {
    prefix = decodeURI(new URL(server, 'http://localhost').pathname);
  } catch {
    prefix = '';
  }
  return `${prefix.replace(/\/+$/, '')}${operation.path}`;
}
