import type { ApiModel, JsonSchema, OperationModel, OperationMode } from '../openapi/model.ts';
import { hedgeDescription } from './hedge-description.ts';
import { type ToolAnnotations, toolAnnotations } from './tool-annotations.ts';
import { toPlainSchema } from './to-plain-schema.ts';

/** How a tool call becomes an HTTP request: which arguments go where. */
export interface AgentToolRequest {
  method: string;
  /** Path relative to the API base URL, with `{name}` placeholders. */
  path: string;
  pathParameters: string[];
  queryParameters: string[];
  /** Name of the argument that carries the JSON request body, if the operation takes one. */
  bodyArgument?: string;
}

/** A function-calling tool derived from one operation of the contract. */
export interface AgentTool {
  name: string;
  /** The operation's summary, for a list shown to people. */
  title: string;
  description: string;
  /** The Local API mode the operation needs; writes need `full-automation`. */
  mode: OperationMode;
  /** JSON Schema of the tool's arguments: path and query parameters, plus `body`. */
  parameters: JsonSchema;
  /** What a call does: reads only, destroys, can be repeated (MCP's tool annotations). */
  annotations: ToolAnnotations;
  request: AgentToolRequest;
}

/** Name of the argument that carries the request body. */
export const BODY_ARGUMENT = 'body';

/** One tool per operation, in contract order; `readOnly` keeps only what read-only mode allows. */
export function buildAgentTools(
  model: ApiModel,
  options: { readOnly?: boolean } = {},
): AgentTool[] {
  return model.operations
    .filter((operation) => !options.readOnly || operation.mode === 'read-only')
    .map(buildAgentTool);
}

/** The tool for one operation. */
export function buildAgentTool(operation: OperationModel): AgentTool {
  const inputs = operation.parameters.filter((p) => p.in === 'path' || p.in === 'query');
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const parameter of inputs) {
    const schema = toPlainSchema(parameter.schema);
    const own = parameter.schema?.description;
    const description = hedgeDescription(
      hedgeDescription(
        typeof own === 'string' ? own : parameter.description,
        parameter.schema?.['x-unverified'],
      ),
      parameter.unverified,
    );
    properties[parameter.name] = description === undefined ? schema : { ...schema, description };
    if (parameter.required) required.push(parameter.name);
  }
  const bodySchema = operation.requestBody?.content.find((media) =>
    /json/i.test(media.mediaType),
  )?.schema;
  if (operation.requestBody && bodySchema) {
    properties[BODY_ARGUMENT] = toPlainSchema(bodySchema);
    if (operation.requestBody.required) required.push(BODY_ARGUMENT);
  }
  return {
    name: operation.id,
    title: operation.summary,
    description: describe(operation),
    mode: operation.mode ?? 'full-automation',
    parameters: { type: 'object', properties, required, additionalProperties: false },
    annotations: toolAnnotations(operation),
    request: {
      method: operation.method.toUpperCase(),
      path: operation.path,
      pathParameters: inputs.filter((p) => p.in === 'path').map((p) => p.name),
      queryParameters: inputs.filter((p) => p.in === 'query').map((p) => p.name),
      ...(bodySchema ? { bodyArgument: BODY_ARGUMENT } : {}),
    },
  };
}

/** Summary, then the description when it says more; the mode requirement spelled out for writes. */
function describe(operation: OperationModel): string {
  const parts = [operation.summary.replace(/\.?$/, '.')];
  if (operation.description && operation.description.trim() !== operation.summary.trim()) {
    parts.push(operation.description.trim());
  }
  if (operation.mode !== 'read-only' && !/full-automation/i.test(parts.join(' '))) {
    parts.push('Requires full-automation mode.');
  }
  // Contract descriptions are wrapped YAML blocks: one line reads better in a tool list.
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
