import type { OperationModel, ParameterModel } from '../openapi/model.ts';
import { buildCredentials, type CredentialNames } from './build-credentials.ts';
import { sampleSchema } from './sample-schema.ts';
import { toHeaderValue, toPathSegment, toQueryPairs } from './serialize-parameter.ts';
import type { SnippetRequest } from './snippet-request.ts';

/** Base for servers given as relative URLs (a contract without `servers` documents `/`). */
const RELATIVE_SERVER_BASE = 'http://localhost';

/** Whether a media type carries JSON (`application/json`, `application/problem+json`…). */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.-]+\+)?json\b/i.test(mediaType.trim());
}

function parameterValue(parameter: ParameterModel): unknown {
  if (parameter.example !== undefined) return parameter.example;
  return parameter.required ? sampleSchema(parameter.schema) : undefined;
}

function serialize(value: unknown, mediaType: string): string | undefined {
  if (value === undefined) return undefined;
  if (
    mediaType === 'application/x-www-form-urlencoded' &&
    typeof value === 'object' &&
    value !== null
  ) {
    return new URLSearchParams(
      Object.entries(value).map(([key, item]) => [key, String(item)]),
    ).toString();
  }
  if (typeof value === 'string' && !isJsonMediaType(mediaType)) return value;
  return JSON.stringify(value);
}

/**
 * The request an operation's code samples show by default: the documented server, the path with
 * the parameters' examples (or a `{name}` placeholder), the examples of documented query, header
 * and cookie parameters, the credentials of the first security alternative (as placeholders the
 * snippets read from environment variables), and the first request body example with its media type.
 */
export function buildOperationRequest(
  operation: OperationModel,
  serverUrl = operation.servers[0]?.url ?? '/',
  names: CredentialNames = {},
): SnippetRequest {
  const server = /^[a-z][a-z0-9+.-]*:/i.test(serverUrl)
    ? serverUrl
    : `${RELATIVE_SERVER_BASE}${serverUrl.startsWith('/') ? '' : '/'}${serverUrl}`;
  const { headers, query, secrets } = buildCredentials(operation.security[0] ?? [], names);
  let path = operation.path;
  const cookies: string[] = [];
  for (const parameter of operation.parameters) {
    const value = parameterValue(parameter);
    if (value === undefined) continue;
    if (parameter.in === 'path')
      path = path.replaceAll(`{${parameter.name}}`, toPathSegment(parameter, value));
    else if (parameter.in === 'query') query.push(...toQueryPairs(parameter, value));
    else if (parameter.in === 'header') headers.push([parameter.name, toHeaderValue(value)]);
    else cookies.push(`${parameter.name}=${encodeURIComponent(toHeaderValue(value))}`);
  }
  if (cookies.length > 0) headers.push(['Cookie', cookies.join('; ')]);
  const search = query
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  const url = `${server.replace(/\/+$/, '')}${path}${search ? `?${search}` : ''}`;
  const media = operation.requestBody?.content.find(
    (content) => content.mediaType !== 'multipart/form-data',
  );
  const body =
    media === undefined
      ? undefined
      : serialize(media.examples[0]?.value ?? sampleSchema(media.schema), media.mediaType);
  if (media !== undefined && body !== undefined) headers.push(['Content-Type', media.mediaType]);
  return {
    method: operation.method.toUpperCase(),
    url,
    headers,
    ...(body === undefined ? {} : { body }),
    secrets,
  };
}
