import { resolvePointer } from './contract-pointer.ts';

/** One property of a contract schema, as the guides list it. */
export interface SchemaField {
  name: string;
  /** True when the schema lists the field in `required`: it is in every answer. */
  required: boolean;
  description: string;
  /** The property's own `x-unverified` note, if any. */
  unverified?: string;
}

/**
 * The properties of the schema at `pointer` (`#/components/schemas/Session`), required ones first,
 * each group in contract order. Throws when the pointer is not an object schema with properties.
 */
export function schemaFields(document: unknown, pointer: string): SchemaField[] {
  const schema = resolvePointer(document, pointer) as
    { properties?: Record<string, Record<string, unknown>>; required?: unknown } | undefined;
  if (!schema?.properties) throw new Error(`${pointer} is not an object schema with properties`);
  return fieldsOf(
    schema as { properties: Record<string, Record<string, unknown>>; required?: unknown },
  );
}

/** As schemaFields, but an empty list when the contract has no such schema (a site built from another contract). */
export function schemaFieldsIfAny(document: unknown, pointer: string): SchemaField[] {
  const schema = resolvePointer(document, pointer) as
    { properties?: Record<string, Record<string, unknown>>; required?: unknown } | undefined;
  return schema?.properties
    ? fieldsOf(
        schema as { properties: Record<string, Record<string, unknown>>; required?: unknown },
      )
    : [];
}

function fieldsOf(schema: {
  properties: Record<string, Record<string, unknown>>;
  required?: unknown;
}): SchemaField[] {
  const required = new Set(
    Array.isArray(schema.required)
      ? schema.required.filter((name): name is string => typeof name === 'string')
      : [],
  );
  const fields = Object.entries(schema.properties).map(([name, property]): SchemaField => {
    const note = property['x-unverified'];
    return {
      name,
      required: required.has(name),
      description: typeof property.description === 'string' ? property.description.trim() : '',
      ...(typeof note === 'string' ? { unverified: note.trim() } : {}),
    };
  });
  return [
    ...fields.filter((field) => field.required),
    ...fields.filter((field) => !field.required),
  ];
}

/** The fields as a Markdown table (the Markdown twin of the SchemaFields component). */
export function schemaFieldsMarkdown(fields: readonly SchemaField[]): string {
  const rows = fields.map((field) => {
    const note = field.unverified ? ` Not confirmed: ${field.unverified}` : '';
    return `| \`${field.name}\` | ${field.required ? 'always' : 'may be missing'} | ${(field.description + note).replaceAll('|', '\\|')} |`;
  });
  return ['| Field | In every answer | What it holds |', '|---|---|---|', ...rows].join('\n');
}

/** The schema's own `x-unverified` note (about the schema as a whole), if it has one. */
export function schemaNote(document: unknown, pointer: string): string | undefined {
  const note = (resolvePointer(document, pointer) as Record<string, unknown> | undefined)?.[
    'x-unverified'
  ];
  return typeof note === 'string' ? note.trim() : undefined;
}
