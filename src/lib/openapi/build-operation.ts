import { buildExamples, buildMediaTypes } from './build-media-types.ts';
import type {
  HttpMethod,
  JsonSchema,
  OperationMode,
  OperationModel,
  ParameterModel,
  RequestBodyModel,
  ResponseModel,
  SecurityRequirementModel,
  ServerModel,
} from './model.ts';
import { asFields, asList, asText, type Fields } from './read-fields.ts';
import { deriveOperationId, toSlug } from './slugs.ts';

const MODES: readonly OperationMode[] = ['read-only', 'full-automation'];

export interface OperationContext {
  method: HttpMethod;
  path: string;
  pathItem: Fields;
  group: string;
  securitySchemes: Fields;
  documentSecurity: unknown;
  servers: ServerModel[];
}

/** Builds the model of one operation of a dereferenced contract. */
export function buildOperation(operation: Fields, context: OperationContext): OperationModel {
  const id = asText(operation.operationId) ?? deriveOperationId(context.method, context.path);
  const mode = MODES.find((candidate) => candidate === operation['x-sessiondock-mode']);
  const servers =
    buildServers(operation.servers) ?? buildServers(context.pathItem.servers) ?? context.servers;
  return {
    id,
    slug: toSlug(id),
    group: context.group,
    method: context.method,
    path: context.path,
    summary: asText(operation.summary) ?? `${context.method.toUpperCase()} ${context.path}`,
    description: asText(operation.description),
    deprecated: operation.deprecated === true,
    mode,
    unverified: asText(operation['x-unverified']),
    extensions: Object.fromEntries(
      Object.entries(operation).filter(([key]) => key.startsWith('x-')),
    ),
    parameters: buildParameters(asList(context.pathItem.parameters), asList(operation.parameters)),
    requestBody: buildRequestBody(operation.requestBody),
    responses: buildResponses(operation.responses),
    security: buildSecurity(
      operation.security ?? context.documentSecurity,
      context.securitySchemes,
    ),
    servers,
  };
}

/** Servers of a server list, or undefined when the list is absent or empty. */
export function buildServers(value: unknown): ServerModel[] | undefined {
  const servers = asList(value)
    .map(asFields)
    .filter((server) => asText(server.url));
  if (servers.length === 0) return undefined;
  return servers.map((server) => ({
    url: String(server.url),
    description: asText(server.description),
  }));
}

/** Path-level parameters overridden by operation-level ones of the same name and location. */
function buildParameters(pathLevel: unknown[], operationLevel: unknown[]): ParameterModel[] {
  const merged = new Map<string, Fields>();
  for (const raw of [...pathLevel, ...operationLevel]) {
    const parameter = asFields(raw);
    merged.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
  }
  return [...merged.values()].map((parameter) => {
    const location = parameter.in as ParameterModel['in'];
    const style =
      asText(parameter.style) ??
      (location === 'query' || location === 'cookie' ? 'form' : 'simple');
    return {
      name: String(parameter.name),
      in: location,
      required: location === 'path' || parameter.required === true,
      description: asText(parameter.description),
      deprecated: parameter.deprecated === true,
      schema: parameter.schema === undefined ? undefined : asFields(parameter.schema),
      example: buildExamples(parameter)[0]?.value,
      style,
      explode: typeof parameter.explode === 'boolean' ? parameter.explode : style === 'form',
      unverified: asText(parameter['x-unverified']),
    };
  });
}

function buildRequestBody(value: unknown): RequestBodyModel | undefined {
  if (value === undefined) return undefined;
  const body = asFields(value);
  return {
    required: body.required === true,
    description: asText(body.description),
    content: buildMediaTypes(body.content),
  };
}

/** Numeric statuses ascending, then ranges such as `4XX`, then `default`. */
function statusRank(status: string): number {
  if (/^\d{3}$/.test(status)) return Number(status);
  if (/^\dXX$/i.test(status)) return Number(status[0]) * 100 + 99.5;
  return 1000;
}

function buildResponses(value: unknown): ResponseModel[] {
  return Object.entries(asFields(value))
    .map(([status, raw]) => {
      const response = asFields(raw);
      return {
        status,
        description: asText(response.description) ?? '',
        headers: Object.entries(asFields(response.headers)).map(([name, header]) => ({
          name,
          description: asText(asFields(header).description),
          schema: asFields(header).schema as JsonSchema | undefined,
        })),
        content: buildMediaTypes(response.content),
        unverified: asText(response['x-unverified']),
      };
    })
    .sort((a, b) => statusRank(a.status) - statusRank(b.status));
}

function buildSecurity(value: unknown, schemes: Fields): SecurityRequirementModel[][] {
  return asList(value).map((raw) =>
    Object.entries(asFields(raw)).map(([scheme, scopes]) => {
      const definition = asFields(schemes[scheme]);
      return {
        scheme,
        type: asText(definition.type) ?? 'unknown',
        httpScheme: asText(definition.scheme)?.toLowerCase(),
        in: asText(definition.in),
        parameterName: asText(definition.name),
        scopes: asList(scopes).map(String),
      };
    }),
  );
}
