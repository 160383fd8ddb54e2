import type { JsonSchema } from '../openapi/model.ts';
import { hedgeDescription } from './hedge-description.ts';

/** Keywords that describe the contract, not the data: dropped from schemas handed to tools. */
const DROPPED = new Set(['$schema', '$id', 'xml', 'externalDocs', 'discriminator']);

/** Keywords whose value maps property names to schemas: their keys are data, never dropped. */
const NAME_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]);

/**
 * A copy of a dereferenced schema that is plain JSON: vendor keywords (`x-…`) dropped and any
 * cycle cut where it closes (replaced by `{}`, which accepts any value). A schema's
 * `x-unverified` note is kept where a model reads it: its description ends "Not confirmed: …".
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
    const fields: Record<string, unknown> = Object.fromEntries(
      kept.map(([key, item]) => [key, copy(item, ancestors, !isNameMap && NAME_MAPS.has(key))]),
    );
    const unverified = isNameMap ? undefined : (value as Record<string, unknown>)['x-unverified'];
    if (unverified !== undefined) {
      const description = hedgeDescription(
        typeof fields.description === 'string' ? fields.description : undefined,
        unverified,
      );
      if (description !== undefined) fields.description = description;
    }
    result = fields;
  }
  ancestors.delete(value);
  return result;
}
