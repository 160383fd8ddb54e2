import type { JsonSchema, OperationModel } from '../../src/lib/openapi/model.ts';
import { readQuery } from '../selection/read-query.ts';

/** A query that breaks one parameter's schema, and which way. */
export interface QueryViolation {
  name: string;
  query: Record<string, string>;
}

/**
 * Queries that each break one query parameter's schema: above its maximum, below its minimum,
 * outside its enum, or not of its type. Only queries the mock really rejects are returned.
 */
export function listQueryViolations(operation: OperationModel): QueryViolation[] {
  return operation.parameters
    .filter((parameter) => parameter.in === 'query')
    .flatMap((parameter) =>
      candidatesFor(parameter.schema ?? {}).map(([how, value]) => ({
        name: `${parameter.name} is ${how}`,
        query: { [parameter.name]: value },
      })),
    )
    .filter(
      (violation) =>
        readQuery(operation, new URLSearchParams(violation.query)).problem !== undefined,
    );
}

function candidatesFor(schema: JsonSchema): [string, string][] {
  const candidates: [string, string][] = [];
  if (typeof schema.maximum === 'number')
    candidates.push(['above its maximum', String(schema.maximum + 1)]);
  if (typeof schema.minimum === 'number')
    candidates.push(['below its minimum', String(schema.minimum - 1)]);
  if (Array.isArray(schema.enum)) candidates.push(['not one of its values', 'not-a-listed-value']);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('integer') || types.includes('number'))
    candidates.push(['not a number', 'many']);
  if (types.includes('boolean')) candidates.push(['not true or false', 'maybe']);
  return candidates;
}
