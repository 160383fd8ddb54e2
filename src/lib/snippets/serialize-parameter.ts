import type { ParameterModel } from '../openapi/model.ts';

type Pair = [string, string];

function toText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * A query parameter as name/value pairs (not yet encoded), per its style and explode:
 * form (`a=1&a=2` or `a=1,2`), spaceDelimited, pipeDelimited, deepObject (`a[k]=v`).
 */
export function toQueryPairs(parameter: ParameterModel, value: unknown): Pair[] {
  const { name, style, explode } = parameter;
  if (Array.isArray(value)) {
    if (explode) return value.map((item) => [name, toText(item)]);
    const separator = style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ',';
    return [[name, value.map(toText).join(separator)]];
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (style === 'deepObject')
      return entries.map(([key, item]) => [`${name}[${key}]`, toText(item)]);
    if (explode) return entries.map(([key, item]) => [key, toText(item)]);
    return [[name, entries.flatMap(([key, item]) => [key, toText(item)]).join(',')]];
  }
  return [[name, toText(value)]];
}

/** A path parameter's value as it appears in the path (encoded), per style: simple, label, matrix. */
export function toPathSegment(parameter: ParameterModel, value: unknown): string {
  const items = Array.isArray(value)
    ? value.map(toText)
    : typeof value === 'object' && value !== null
      ? Object.entries(value).flat().map(toText)
      : [toText(value)];
  const encoded = items.map(encodeURIComponent);
  if (parameter.style === 'label') return `.${encoded.join(parameter.explode ? '.' : ',')}`;
  if (parameter.style === 'matrix')
    return `;${encodeURIComponent(parameter.name)}=${encoded.join(',')}`;
  return encoded.join(',');
}

/** A header or cookie parameter's value (simple style: comma-separated). */
export function toHeaderValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(toText).join(',');
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flat().map(toText).join(',');
  return toText(value);
}
