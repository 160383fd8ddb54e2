import type { JsonSchema } from '../openapi/model.ts';

const MAX_DEPTH = 6;

function firstOf(schema: JsonSchema): unknown {
  if ('example' in schema) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if ('default' in schema) return schema.default;
  if ('const' in schema) return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  return undefined;
}

function typeOf(schema: JsonSchema): string | undefined {
  const type: unknown = Array.isArray(schema.type)
    ? schema.type.find((t) => t !== 'null')
    : schema.type;
  if (typeof type === 'string') return type;
  if (schema.properties !== undefined) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

const STRING_FORMATS: Record<string, string> = {
  'date-time': '2026-01-01T00:00:00Z',
  date: '2026-01-01',
  email: 'user@example.com',
  uri: 'https://example.com',
  uuid: '00000000-0000-4000-8000-000000000000',
};

/**
 * A plausible value for a schema, for operations whose contract gives no example: the schema's
 * own example, default, const or first enum value, else one built from its type (objects with
 * their required properties, or all of them when none is required).
 */
export function sampleSchema(schema: JsonSchema | undefined, depth = 0): unknown {
  if (schema === undefined || depth > MAX_DEPTH) return undefined;
  const given = firstOf(schema);
  if (given !== undefined) return given;
  for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
    const parts = schema[keyword];
    if (!Array.isArray(parts) || parts.length === 0) continue;
    const samples = (keyword === 'allOf' ? parts : parts.slice(0, 1)).map((part) =>
      sampleSchema(part as JsonSchema, depth + 1),
    );
    return samples.every(
      (sample) => typeof sample === 'object' && sample !== null && !Array.isArray(sample),
    )
      ? Object.assign({}, ...samples)
      : samples[0];
  }
  switch (typeOf(schema)) {
    case 'object':
      return sampleObject(schema, depth);
    case 'array':
      return [sampleSchema(schema.items as JsonSchema | undefined, depth + 1) ?? 'string'];
    case 'integer':
    case 'number':
      return typeof schema.minimum === 'number' ? schema.minimum : 0;
    case 'boolean':
      return true;
    case 'null':
      return null;
    case 'string':
      return STRING_FORMATS[String(schema.format)] ?? 'string';
    default:
      return undefined;
  }
}

function sampleObject(schema: JsonSchema, depth: number): Record<string, unknown> {
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  const required = Array.isArray(schema.required) ? schema.required : [];
  const chosen =
    required.length > 0 ? properties.filter(([name]) => required.includes(name)) : properties;
  const sample: Record<string, unknown> = {};
  for (const [name, property] of chosen) {
    if (property.readOnly === true) continue;
    const value = sampleSchema(property, depth + 1);
    if (value !== undefined) sample[name] = value;
  }
  return sample;
}
