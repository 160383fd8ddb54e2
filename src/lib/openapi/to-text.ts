// JSON.stringify answers undefined for undefined and functions, whatever its declared type says.
const stringify = JSON.stringify as (value: unknown) => string | undefined;

/**
 * A value from the contract (an example, a keyword) as text for a URL, a header or a table cell:
 * a string as it is, anything else as its JSON (so an object never shows as "[object Object]").
 */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  return stringify(value) ?? String(value);
}
