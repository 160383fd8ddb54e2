import type { ApiModel } from './model.ts';

/**
 * The model as plain JSON for the browser (the try-it panel and the in-page mock fetch it once).
 * A recursive schema is cut where it refers to itself, with a note, since JSON has no cycles.
 */
export function toJsonModel(model: ApiModel): string {
  const ancestors: object[] = [];
  function strip(value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    if (ancestors.includes(value)) return { $comment: 'recursive: refers to an enclosing schema' };
    ancestors.push(value);
    const copy = Array.isArray(value)
      ? value.map(strip)
      : Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, strip(v)]));
    ancestors.pop();
    return copy;
  }
  return JSON.stringify(strip(model));
}
