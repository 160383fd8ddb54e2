/** Narrow readers for untyped contract objects: the parser has validated their shape already. */

export type Fields = Record<string, unknown>;

/** The object at `value`, or an empty one. */
export function asFields(value: unknown): Fields {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Fields)
    : {};
}

/** The string at `value`, or undefined. */
export function asText(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The array at `value`, or an empty one. */
export function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
