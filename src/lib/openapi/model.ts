/** The typed model of an OpenAPI contract that every page, the mock and the tests derive from. */

/** A JSON Schema (OpenAPI 3.0 or 3.1 dialect), dereferenced: it may contain cycles. */
export type JsonSchema = { [keyword: string]: unknown };

export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace';

/** The access mode an operation needs (SessionDock's `x-sessiondock-mode`). */
export type OperationMode = 'read-only' | 'full-automation';

export interface ExampleModel {
  /** Key of the example in the `examples` map; `default` for a lone `example`. */
  name: string;
  summary?: string | undefined;
  description?: string | undefined;
  value: unknown;
  unverified?: string | undefined;
}

export interface MediaTypeModel {
  mediaType: string;
  schema?: JsonSchema | undefined;
  /** Examples in contract order; the first is the default. */
  examples: ExampleModel[];
}

export interface ParameterModel {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  description?: string | undefined;
  deprecated: boolean;
  schema?: JsonSchema | undefined;
  example?: unknown;
  /** Serialization style and explode, as OpenAPI defaults them. */
  style: string;
  explode: boolean;
  unverified?: string | undefined;
}

export interface RequestBodyModel {
  required: boolean;
  description?: string | undefined;
  content: MediaTypeModel[];
}

export interface HeaderModel {
  name: string;
  description?: string | undefined;
  schema?: JsonSchema | undefined;
}

export interface ResponseModel {
  /** The status as written in the contract: `200`, `4XX` or `default`. */
  status: string;
  description: string;
  headers: HeaderModel[];
  content: MediaTypeModel[];
  unverified?: string | undefined;
}

export interface SecurityRequirementModel {
  scheme: string;
  type: string;
  /** For http schemes: `bearer`, `basic`… */
  httpScheme?: string | undefined;
  /** For apiKey schemes: where and under which name. */
  in?: string | undefined;
  parameterName?: string | undefined;
  scopes: string[];
}

export interface OperationModel {
  /** The operationId, or one derived from method and path when the contract has none. */
  id: string;
  /** The URL segment of the operation page: the id lower-cased and made URL-safe. */
  slug: string;
  /** Slug of the group (tag) the operation is listed under. */
  group: string;
  method: HttpMethod;
  path: string;
  summary: string;
  description?: string | undefined;
  deprecated: boolean;
  /** SessionDock's `x-sessiondock-mode`, for the mock; pages read `extensions` by the configured name. */
  mode?: OperationMode | undefined;
  unverified?: string | undefined;
  /** The operation's specification extensions (`x-…` keys), as written in the contract. */
  extensions: Readonly<Record<string, unknown>>;
  parameters: ParameterModel[];
  requestBody?: RequestBodyModel | undefined;
  responses: ResponseModel[];
  /** Alternatives: any one of them satisfies the operation (OpenAPI semantics). */
  security: SecurityRequirementModel[][];
  /** Servers that apply to this operation (operation, path or document level). */
  servers: ServerModel[];
}

export interface GroupModel {
  /** The URL segment of the group: the tag name made URL-safe. */
  slug: string;
  /** The tag name as written in the contract. */
  tag: string;
  displayName: string;
  description?: string | undefined;
  operations: OperationModel[];
}

export interface ServerModel {
  url: string;
  description?: string | undefined;
}

export interface ApiModel {
  title: string;
  version: string;
  description?: string | undefined;
  openapiVersion: string;
  servers: ServerModel[];
  /** Groups in contract order (declared tags first, then tags only used by operations). */
  groups: GroupModel[];
  /** Every operation, in group order. */
  operations: OperationModel[];
}
