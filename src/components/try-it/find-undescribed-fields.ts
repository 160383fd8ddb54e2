import type { JsonSchema } from '../../lib/openapi/model.ts';

const MAX_REPORTED = 50;

/** Every branch a schema is made of (itself, its allOf, anyOf and oneOf), dereferenced already. */
function branches(schema: JsonSchema, seen = new Set<JsonSchema>()): JsonSchema[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const nested = ['allOf', 'anyOf', 'oneOf'].flatMap((keyword) =>
    Array.isArray(schema[keyword]) ? (schema[keyword] as JsonSchema[]) : [],
  );
  return [schema, ...nested.flatMap((branch) => branches(branch, seen))];
}

/** Whether some branch lets any field through on purpose (or describes no fields at all). */
function isOpen(parts: readonly JsonSchema[]): boolean {
  const objectParts = parts.filter(
    (part) =>
      part.properties !== undefined ||
      part.additionalProperties !== undefined ||
      part.patternProperties !== undefined,
  );
  if (objectParts.length === 0) return true;
  return objectParts.some(
    (part) =>
      part.patternProperties !== undefined ||
      (typeof part.additionalProperties === 'object' && part.additionalProperties !== null) ||
      part.additionalProperties === true,
  );
}

/**
 * The fields of `value` that its schema allows but never describes, as paths of segments
 * (`['data', 'previews', '0', 'codec']`): where a reader's app and these docs have drifted apart
 * without breaking the schema. Fields forbidden by `additionalProperties: false` are the
 * validator's to report.
 */
export function findUndescribedFields(
  schema: JsonSchema,
  value: unknown,
  path: string[] = [],
  found: string[][] = [],
): string[][] {
  if (found.length >= MAX_REPORTED || typeof value !== 'object' || value === null) return found;
  const parts = branches(schema);
  if (Array.isArray(value)) {
    const items = parts
      .map((part) => part.items)
      .find(
        (candidate): candidate is JsonSchema => typeof candidate === 'object' && candidate !== null,
      );
    if (items)
      value.forEach((item, index) =>
        findUndescribedFields(items, item, [...path, String(index)], found),
      );
    return found;
  }
  const open = isOpen(parts);
  const forbidsOthers = parts.some((part) => part.additionalProperties === false);
  for (const [key, child] of Object.entries(value)) {
    const described = parts
      .map((part) => (part.properties as Record<string, JsonSchema> | undefined)?.[key])
      .find((candidate) => candidate !== undefined);
    if (described) findUndescribedFields(described, child, [...path, key], found);
    else if (!open && !forbidsOthers) found.push([...path, key]);
  }
  return found;
}
