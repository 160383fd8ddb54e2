import type { JsonSchema } from '../openapi/model.ts';

/** What one schema says about its own value, without descending into properties or items. */
export interface SchemaFacts {
  /** `string`, `integer`, `object`, `array`, `string or integer`, or `any`. */
  type: string;
  format?: string | undefined;
  nullable: boolean;
  title?: string | undefined;
  description?: string | undefined;
  /** Allowed values, as JSON text. */
  enumValues: string[];
  constValue?: string | undefined;
  defaultValue?: string | undefined;
  /** Validation keywords in words: `min length 1`, `pattern ^a+$`. */
  constraints: string[];
  deprecated: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  unverified?: string | undefined;
}

const CONSTRAINTS: Array<[string, string]> = [
  ['minLength', 'min length'],
  ['maxLength', 'max length'],
  ['pattern', 'pattern'],
  ['minimum', 'minimum'],
  ['maximum', 'maximum'],
  ['multipleOf', 'multiple of'],
  ['minItems', 'min items'],
  ['maxItems', 'max items'],
  ['minProperties', 'min properties'],
  ['maxProperties', 'max properties'],
];

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The declared types without `null` (3.1 type arrays), and whether `null` is allowed (3.0 `nullable` too). */
function readTypes(schema: JsonSchema): { types: string[]; nullable: boolean } {
  const declared = Array.isArray(schema.type)
    ? schema.type.map(String)
    : typeof schema.type === 'string'
      ? [schema.type]
      : [];
  const nullable =
    declared.includes('null') ||
    schema.nullable === true ||
    (Array.isArray(schema.enum) && schema.enum.includes(null));
  const types = declared.filter((type) => type !== 'null');
  if (types.length > 0 || declared.includes('null')) return { types, nullable };
  if (schema.properties !== undefined || schema.additionalProperties !== undefined)
    return { types: ['object'], nullable };
  if (schema.items !== undefined || schema.prefixItems !== undefined)
    return { types: ['array'], nullable };
  const known =
    'const' in schema
      ? [schema.const]
      : Array.isArray(schema.enum)
        ? schema.enum.filter((v) => v !== null)
        : [];
  const inferred = [
    ...new Set(known.map((value) => (Array.isArray(value) ? 'array' : typeof value))),
  ];
  return { types: inferred, nullable };
}

function readConstraints(schema: JsonSchema): string[] {
  const found = CONSTRAINTS.filter(([keyword]) => schema[keyword] !== undefined).map(
    ([keyword, words]) => `${words} ${String(schema[keyword])}`,
  );
  // 3.1 uses numbers; 3.0 uses booleans that make minimum/maximum exclusive.
  for (const [keyword, words, bound] of [
    ['exclusiveMinimum', 'greater than', 'minimum'],
    ['exclusiveMaximum', 'less than', 'maximum'],
  ] as const) {
    const value = schema[keyword];
    if (typeof value === 'number') found.push(`${words} ${value}`);
    if (value === true) found.push(`${bound} is exclusive`);
  }
  if (schema.uniqueItems === true) found.push('unique items');
  if (schema.additionalProperties === false) found.push('no other properties');
  return found;
}

/** The facts of one schema node, for display. */
export function describeSchema(schema: JsonSchema): SchemaFacts {
  const { types, nullable } = readTypes(schema);
  return {
    type: types.length === 0 ? (nullable ? 'null' : 'any') : types.join(' or '),
    format: text(schema.format),
    nullable,
    title: text(schema.title),
    description: text(schema.description),
    enumValues: Array.isArray(schema.enum) ? schema.enum.map((value) => JSON.stringify(value)) : [],
    constValue: 'const' in schema ? JSON.stringify(schema.const) : undefined,
    defaultValue: 'default' in schema ? JSON.stringify(schema.default) : undefined,
    constraints: readConstraints(schema),
    deprecated: schema.deprecated === true,
    readOnly: schema.readOnly === true,
    writeOnly: schema.writeOnly === true,
    unverified: text(schema['x-unverified']),
  };
}
