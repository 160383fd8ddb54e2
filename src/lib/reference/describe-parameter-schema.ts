import type { JsonSchema } from '../openapi/model.ts';
import { describeSchema, type SchemaFacts } from './describe-schema.ts';

/**
 * The facts of a parameter's schema on one line. An array names its items' type, and their
 * allowed values and limits (`each max length 60`) beside its own, since a parameter row has no
 * tree below it to show the items in.
 */
export function describeParameterSchema(schema: JsonSchema): SchemaFacts {
  const facts = describeSchema(schema);
  const items = schema.items;
  if (facts.type !== 'array' || typeof items !== 'object' || items === null || Array.isArray(items))
    return facts;
  const item = describeSchema(items as JsonSchema);
  return {
    ...facts,
    type: item.type === 'any' ? 'array' : `array of ${item.type}`,
    format: facts.format ?? item.format,
    enumValues: facts.enumValues.length > 0 ? facts.enumValues : item.enumValues,
    constraints: [...facts.constraints, ...item.constraints.map((words) => `each ${words}`)],
  };
}
