import type { JsonSchema } from '../openapi/model.ts';

/** Keywords that describe the contract, not the data: dropped from schemas handed to tools. */
const DROPPED = new Set(['$schema', '$id', 'xml', 'externalDocs', 'discriminator']);

/** Keywords whose value maps property names to schemas: their keys are data, never dropped. */
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/**
 * A copy of a dereferenced schema that is plain JSON: vendor keywords (`x-…`) dropped and any
 * cycle cut where it closes (replaced by `{}`, which accepts any value).
 */
export function toPlainSchema(schema: JsonSchema | undefined): JsonSchema {
  if (schema === undefined) return {};
  return copy(schema, new Set(), false) as JsonSchema;
}

function copy(value: unknown, ancestors: Set<object>, isNameMap: boolean): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (ancestors.has(value)) return {};
  ancestors.add(value);
  let result: unknown;
  if (Array.isArray(value)) {
    result = value.map((item) => copy(item, ancestors, false));
  } else {
    const kept = Object.entries(value).filter(
      ([key]) => isNameMap || (!key.startsWith('x-') && !DROPPED.has(key)),
    );
    result = Object.fromEntries(
      kept.map(([key, item]) => [key, copy(item, ancestors, !isNameMap && NAME_MAPS.has(key))]),
    );
  }
  ancestors.delete(value);
  return result;
}
