import type { OperationModel } from '../../lib/openapi/model.ts';
import {
  toHeaderValue,
  toPathSegment,
  toQueryPairs,
} from '../../lib/snippets/serialize-parameter.ts';
import type { SnippetRequest } from '../../lib/snippets/snippet-request.ts';
import { fieldKey } from './field-spec.ts';

/** What the reader filled in. Empty parameter values are not sent. */
export interface PanelInputs {
  baseUrl: string;
  /** The bearer token; empty sends no Authorization header. */
  token: string;
  values: ReadonlyMap<string, string>;
  body?: string | undefined;
  /** A `Prefer` header, set only by a reproduction that needs one. */
  prefer?: string | undefined;
}

/**
 * The exact request the panel sends and its snippets show. A path parameter left empty stays
 * as `{name}` so the reader sees what is missing rather than a silently different URL.
 */
export function buildPanelRequest(operation: OperationModel, inputs: PanelInputs): SnippetRequest {
  let path = operation.path;
  const query: Array<[string, string]> = [];
  const headers: Array<[string, string]> = [];
  for (const parameter of operation.parameters) {
    const value = inputs.values.get(fieldKey(parameter)) ?? '';
    if (value === '') continue;
    if (parameter.in === 'path')
      path = path.replaceAll(`{${parameter.name}}`, toPathSegment(parameter, value));
    else if (parameter.in === 'query') query.push(...toQueryPairs(parameter, value));
    else if (parameter.in === 'header') headers.push([parameter.name, toHeaderValue(value)]);
  }
  if (inputs.token !== '') headers.push(['Authorization', `Bearer ${inputs.token}`]);
  if (inputs.prefer) headers.push(['Prefer', inputs.prefer]);
  const hasBody = inputs.body !== undefined && operation.requestBody !== undefined;
  if (hasBody)
    headers.push([
      'Content-Type',
      operation.requestBody?.content[0]?.mediaType ?? 'application/json',
    ]);
  const search = query
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  const url = `${inputs.baseUrl.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
  return {
    method: operation.method.toUpperCase(),
    url,
    headers,
    ...(hasBody ? { body: inputs.body } : {}),
  };
}
