import type { JsonSchema, OperationModel, ParameterModel } from '../../src/lib/openapi/model.ts';
import { describeViolation } from '../../src/lib/openapi/describe-violation.ts';
import { validatorFor } from '../../src/lib/openapi/schema-validator.ts';

/** Query parameters as the mock read them: typed values (defaults filled in) or what is wrong. */
export interface QueryReading {
  values: Record<string, unknown>;
  /** A sentence naming the first parameter that violates its schema. */
  problem?: string;
}

/**
 * Reads an operation's query parameters by their schemas: numbers and booleans are converted,
 * arrays collect repeated values, absent parameters take the schema's `default`.
 */
export function readQuery(operation: OperationModel, query: URLSearchParams): QueryReading {
  const values: Record<string, unknown> = {};
  for (const parameter of operation.parameters.filter((candidate) => candidate.in === 'query')) {
    const raw = query.getAll(parameter.name);
    const schema = parameter.schema ?? {};
    if (raw.length === 0) {
      if (schema.default !== undefined) values[parameter.name] = schema.default;
      continue;
    }
    const value = convert(raw, schema, parameter);
    const result = validatorFor(schema).validate(value);
    if (!result.valid)
      return { values, problem: describeViolation(result.errors, schema, parameter.name) };
    values[parameter.name] = value;
  }
  return { values };
}

function convert(raw: string[], schema: JsonSchema, parameter: ParameterModel): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('array')) {
    const items = (schema.items ?? {}) as JsonSchema;
    const parts = parameter.explode ? raw : raw.flatMap((value) => value.split(','));
    return parts.map((part) => convertOne(part, items));
  }
  return convertOne(raw[0] ?? '', schema);
}

function convertOne(text: string, schema: JsonSchema): unknown {
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if ((types.includes('integer') || types.includes('number')) && /^\s*-?\d+(\.\d+)?\s*$/.test(text))
    return Number(text);
  if (types.includes('boolean') && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
