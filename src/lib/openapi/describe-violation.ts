import type { OutputUnit } from '@cfworker/json-schema';
import type { JsonSchema } from './model.ts';

/** Keywords that only report that something beneath them failed. */
const WRAPPERS = new Set([
  'properties',
  'items',
  'prefixItems',
  'additionalProperties',
  'allOf',
  'anyOf',
  'oneOf',
  '$ref',
]);
const PRIMITIVES: Record<string, string> = {
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};
const PLURALS: Record<string, string> = {
  string: 'strings',
  integer: 'integers',
  number: 'numbers',
  boolean: 'booleans',
  object: 'objects',
};

/**
 * Turns a validator's output into one sentence that names the field, such as
 * "tags must be an array of strings." or "items[0].projectPath is required.".
 * `name` names the validated value itself (a query parameter); without it, the request body.
 */
export function describeViolation(
  errors: readonly OutputUnit[],
  schema: JsonSchema,
  name?: string,
): string {
  const error = errors.find((unit) => !WRAPPERS.has(unit.keyword)) ?? errors[0];
  if (!error) return `${name ?? 'The request body'} does not match its schema.`;
  const where = [...(name === undefined ? [] : [name]), ...toSegments(error.instanceLocation)];
  const rule = schemaAt(schema, toSegments(error.keywordLocation).slice(0, -1));
  switch (error.keyword) {
    case 'required':
      return `${toFieldPath([...where, quoted(error.error) ?? 'a field'])} is required.`;
    case 'false':
      return `${toFieldPath(where)} is not a known field.`;
    case 'type':
      return describeType(schema, error, where, rule);
    case 'enum':
      return `${subject(where)} must be one of: ${asArray(rule.enum)
        .map((value) => JSON.stringify(value))
        .join(', ')}.`;
    case 'const':
      return `${subject(where)} must be ${JSON.stringify(rule.const)}.`;
    case 'minLength':
      return rule.minLength === 1
        ? `${subject(where)} must not be empty.`
        : `${subject(where)} must be at least ${String(rule.minLength)} characters long.`;
    case 'maxLength':
      return `${subject(where)} must be at most ${String(rule.maxLength)} characters long.`;
    case 'minItems':
      return `${subject(where)} must have at least ${String(rule.minItems)} item${rule.minItems === 1 ? '' : 's'}.`;
    case 'maxItems':
      return `${subject(where)} must have at most ${String(rule.maxItems)} items.`;
    case 'minimum':
    case 'maximum':
      return `${subject(where)} must be ${describeSchema(rule)}.`;
    case 'exclusiveMinimum':
      return `${subject(where)} must be greater than ${String(rule.exclusiveMinimum)}.`;
    case 'exclusiveMaximum':
      return `${subject(where)} must be less than ${String(rule.exclusiveMaximum)}.`;
    case 'minProperties':
      return `${subject(where)} must have at least ${String(rule.minProperties)} field${rule.minProperties === 1 ? '' : 's'}.`;
    case 'format':
      return `${subject(where)} must be a valid ${String(rule.format)}.`;
    case 'pattern':
      return `${subject(where)} does not have the expected format.`;
    default:
      return `${subject(where)} is not valid: ${error.error}`;
  }
}

/** Describes a JSON Schema's expected value: "a string", "an array of strings", "a string or null". */
export function describeSchema(schema: JsonSchema): string {
  const types = asArray(schema.type).map(String);
  if (types.length === 0) return 'a valid value';
  return types
    .map((type) => {
      if (type === 'array') {
        const items = (schema.items ?? {}) as JsonSchema;
        const itemType = typeof items.type === 'string' ? PLURALS[items.type] : undefined;
        return itemType ? `an array of ${itemType}` : 'an array';
      }
      if (type === 'integer' || type === 'number')
        return describeNumber(schema, PRIMITIVES[type] ?? `a ${type}`);
      return type === 'object' ? 'an object' : (PRIMITIVES[type] ?? `a ${type}`);
    })
    .join(' or ');
}

/** "an integer between 1 and 200", "a number, 0 or greater", "an integer". */
function describeNumber(schema: JsonSchema, noun: string): string {
  const { minimum, maximum } = schema;
  if (typeof minimum === 'number' && typeof maximum === 'number')
    return `${noun} between ${minimum} and ${maximum}`;
  if (typeof minimum === 'number') return `${noun}, ${minimum} or greater`;
  if (typeof maximum === 'number') return `${noun}, ${maximum} or less`;
  return noun;
}

function describeType(
  root: JsonSchema,
  error: OutputUnit,
  where: string[],
  rule: JsonSchema,
): string {
  const keywordPath = toSegments(error.keywordLocation);
  const isArrayItem = keywordPath.at(-2) === 'items' && /^\d+$/.test(where.at(-1) ?? '');
  if (
    isArrayItem &&
    typeof rule.type === 'string' &&
    rule.type !== 'object' &&
    rule.type !== 'array'
  ) {
    // A wrong item in a list of primitives reads better as a fault of the list: "tags must be an array of strings."
    const list = schemaAt(root, keywordPath.slice(0, -2));
    return `${subject(where.slice(0, -1))} must be ${describeSchema(list)}.`;
  }
  return `${subject(where)} must be ${describeSchema(rule)}.`;
}

function subject(where: string[]): string {
  return where.length === 0 ? 'The request body' : toFieldPath(where);
}

/** `['items', '0', 'projectPath']` → `items[0].projectPath`. */
export function toFieldPath(segments: readonly string[]): string {
  return segments.reduce((path, segment) => {
    if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
    if (/^[A-Za-z_$][\w$]*$/.test(segment)) return path === '' ? segment : `${path}.${segment}`;
    return `${path}[${JSON.stringify(segment)}]`;
  }, '');
}

function toSegments(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      let decoded = segment;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        /* keep the raw segment */
      }
      return decoded.replace(/~1/g, '/').replace(/~0/g, '~');
    });
}

function schemaAt(schema: JsonSchema, segments: readonly string[]): JsonSchema {
  let node: unknown = schema;
  for (const segment of segments) node = (node as Record<string, unknown> | undefined)?.[segment];
  return typeof node === 'object' && node !== null ? (node as JsonSchema) : {};
}

function quoted(text: string): string | undefined {
  return /"([^"]+)"/.exec(text)?.[1];
}

function asArray(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
