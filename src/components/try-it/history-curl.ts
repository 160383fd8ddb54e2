import type { ApiModel } from '../../lib/openapi/model.ts';
import { buildSnippets } from '../../lib/snippets/build-snippets.ts';
import { buildPanelRequest } from './panel-request.ts';
import type { HistoryEntry } from './request-history.ts';

/** Stands in for the token so the sample reads it from `$SESSIONDOCK_TOKEN`; never a real token. */
const TOKEN_STAND_IN = 'SESSIONDOCK_TOKEN';

/**
 * A history entry as a bash curl command against `baseUrl`, the token as the `SESSIONDOCK_TOKEN`
 * environment variable. Undefined when the operation is no longer in the contract.
 */
export function historyCurl(
  model: ApiModel,
  entry: HistoryEntry,
  baseUrl: string,
): string | undefined {
  const operation = model.operations.find((candidate) => candidate.id === entry.operationId);
  if (!operation) return undefined;
  const request = buildPanelRequest(operation, {
    baseUrl,
    token: TOKEN_STAND_IN,
    values: new Map(Object.entries(entry.inputs.values)),
    body: entry.inputs.body,
  });
  return buildSnippets(request).find((snippet) => snippet.id === 'curl-bash')?.code;
}
