import type { JsonSchema } from '../../src/lib/openapi/model.ts';
import { toFieldPath } from '../../src/lib/openapi/describe-violation.ts';
import { validatorFor } from '../../src/lib/openapi/schema-validator.ts';

/** A request body that breaks its schema in one way, and which way. */
export interface BodyViolation {
  /** What is wrong, for test titles and the panel: "tags has the wrong type". */
  name: string;
  body: unknown;
}

type Fields = Record<string, unknown>;

/**
 * Bodies that each break the schema in one way, starting from a valid example: every property
 * with a wrong type, every required property left out, an unknown property where the schema
 * forbids them, the same one level down inside arrays of objects, and a body of the wrong type.
 * Only bodies the schema really rejects are returned.
 */
export function listBodyViolations(schema: JsonSchema, example: unknown): BodyViolation[] {
  const candidates: BodyViolation[] = [];
  collect(schema, example, [], (path, body) =>
    candidates.push({ name: path.name, body: replaceAt(example, path.segments, body) }),
  );
  candidates.push({ name: 'the body is a list, not an object', body: [] });
  const validator = validatorFor(schema);
  return candidates.filter((candidate) => !validator.validate(candidate.body).valid);
}

interface Change {
  name: string;
  segments: string[];
}

function collect(
  schema: JsonSchema,
  value: unknown,
  at: string[],
  add: (change: Change, replacement: unknown) => void,
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  const fields = value as Fields;
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, property] of Object.entries(properties)) {
    const path = [...at, name];
    const wrong = wrongValueFor(property);
    if (wrong !== undefined)
      add({ name: `${toFieldPath(path)} has the wrong type`, segments: path }, wrong);
    const items = property.items as JsonSchema | undefined;
    const first = (fields[name] as unknown[] | undefined)?.[0];
    if (items && Array.isArray(fields[name]) && typeof first === 'object')
      collect(items, first, [...path, '0'], add);
  }
  for (const name of (schema.required ?? []) as string[]) {
    const { [name]: _left, ...rest } = fields;
    add({ name: `${toFieldPath([...at, name])} is missing`, segments: at }, rest);
  }
  if (schema.additionalProperties === false) {
    add(
      { name: `${toFieldPath([...at, 'unexpectedField'])} is not declared`, segments: at },
      { ...fields, unexpectedField: true },
    );
  }
}

/** A value of a type the schema does not allow, or undefined when it allows any. */
function wrongValueFor(schema: JsonSchema): unknown {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    Boolean,
  ) as string[];
  if (types.length === 0) return undefined;
  if (!types.includes('string')) return 'not the right type';
  if (!types.includes('number') && !types.includes('integer')) return 42;
  return { unexpected: 'object' };
}

/** A copy of `root` with the value at `segments` replaced (the root itself for no segments). */
function replaceAt(root: unknown, segments: readonly string[], replacement: unknown): unknown {
  if (segments.length === 0) return replacement;
  const copy = structuredClone(root) as Fields;
  let node = copy;
  for (const segment of segments.slice(0, -1)) node = node[segment] as Fields;
  node[segments.at(-1) as string] = replacement;
  return copy;
}
