import type { OperationModel } from '../../src/lib/openapi/model.ts';
import type { Reproduction } from './reproduction.ts';
import { SANDBOX_TOKEN } from '../selection/sandbox-token.ts';

/** The token a reproduction sends when it asks for a wrong one. */
export const WRONG_TOKEN = 'not-the-sandbox-token';

/** The request a reproduction describes, addressed to `apiBase` (`http://127.0.0.1:18432/api/v1`). */
export function toReproductionRequest(
  operation: OperationModel,
  reproduction: Reproduction,
  apiBase: string,
): Request {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(reproduction.pathParams[name] ?? ''),
  );
  const url = new URL(`${apiBase.replace(/\/+$/, '')}${path}`);
  for (const [name, value] of Object.entries(reproduction.query)) url.searchParams.set(name, value);
  const headers = new Headers();
  if (reproduction.token !== 'none')
    headers.set(
      'Authorization',
      `Bearer ${reproduction.token === 'sandbox' ? SANDBOX_TOKEN : WRONG_TOKEN}`,
    );
  if (reproduction.body !== undefined) headers.set('Content-Type', 'application/json');
  if (reproduction.prefer) headers.set('Prefer', reproduction.prefer);
  return new Request(url, {
    method: operation.method.toUpperCase(),
    headers,
    body: reproduction.body ?? null,
  });
}
