import type { JsonSchema } from '../../src/lib/openapi/model.ts';
import { toText } from '../../src/lib/openapi/to-text.ts';

/** One place where two schemas disagree: a JSON pointer into the schema and both sides, summarised. */
export interface SchemaDifference {
  /** JSON pointer from the compared schema's root, e.g. `/properties/data/properties/port/type`. */
  path: string;
  ours: string;
  theirs: string;
}

/** Keywords that describe rather than constrain: prose, examples and vendor extensions. */
const ANNOTATIONS = new Set(['description', 'title', 'example', 'examples', '$comment']);
/** Keywords whose array value is a set: order carries no meaning. */
const SET_KEYWORDS = new Set(['required', 'enum', 'type']);
/** Keywords whose value is data, compared as a whole. */
const VALUE_KEYWORDS = new Set(['const', 'default']);
const ABSENT = '(absent)';

/**
 * Compares two dereferenced JSON Schemas structurally: constraint keywords only (descriptions,
 * examples and `x-` extensions are ignored), `required`, `enum` and `type` as sets, `type: T`
 * equal to `type: [T]`. Cycles are followed once.
 */
export function compareSchemas(ours: unknown, theirs: unknown): SchemaDifference[] {
  const differences: SchemaDifference[] = [];
  walkSchema(ours, theirs, '', differences, new WeakMap());
  return differences;
}

/** Whether two schemas are structurally the same (see compareSchemas). */
export function isSameSchema(ours: unknown, theirs: unknown): boolean {
  return compareSchemas(ours, theirs).length === 0;
}

/** A short, one-line rendering of a schema or a keyword value for a report. */
export function summarize(value: unknown): string {
  if (value === undefined) return ABSENT;
  if (isObject(value)) {
    const type = value.type;
    if (type !== undefined)
      return `a schema of type ${Array.isArray(type) ? type.map(toText).join(' | ') : toText(type)}`;
    return Object.keys(value).length === 0
      ? '{}'
      : `a schema with ${Object.keys(value).filter(isConstraint).join(', ')}`;
  }
  const text = JSON.stringify(value);
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}

/** Keywords whose value maps names to schemas: every name counts, whatever it is called. */
const SCHEMA_MAPS = new Set([
  'properties',
  'patternProperties',
  '$defs',
  'definitions',
  'dependentSchemas',
]);

type Seen = WeakMap<object, WeakSet<object>>;

function walkSchema(
  ours: unknown,
  theirs: unknown,
  path: string,
  out: SchemaDifference[],
  seen: Seen,
): void {
  if (!isObject(ours) || !isObject(theirs)) {
    if (JSON.stringify(ours) !== JSON.stringify(theirs))
      out.push({ path, ours: summarize(ours), theirs: summarize(theirs) });
    return;
  }
  const pairs = seen.get(ours) ?? new WeakSet<object>();
  if (pairs.has(theirs)) return;
  pairs.add(theirs);
  seen.set(ours, pairs);
  const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)].filter(isConstraint));
  for (const key of [...keys].sort())
    walkKeyword(key, ours[key], theirs[key], `${path}/${escape(key)}`, out, seen);
}

function walkKeyword(
  key: string,
  ours: unknown,
  theirs: unknown,
  path: string,
  out: SchemaDifference[],
  seen: Seen,
): void {
  if (ours === undefined || theirs === undefined) {
    out.push({ path, ours: summarize(ours), theirs: summarize(theirs) });
  } else if (SET_KEYWORDS.has(key)) {
    if (asSortedSet(ours) !== asSortedSet(theirs))
      out.push({ path, ours: summarize(ours), theirs: summarize(theirs) });
  } else if (VALUE_KEYWORDS.has(key)) {
    if (JSON.stringify(ours) !== JSON.stringify(theirs))
      out.push({ path, ours: summarize(ours), theirs: summarize(theirs) });
  } else if (SCHEMA_MAPS.has(key) && isObject(ours) && isObject(theirs)) {
    const names = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    for (const name of [...names].sort()) {
      const at = `${path}/${escape(name)}`;
      if (ours[name] === undefined || theirs[name] === undefined)
        out.push({ path: at, ours: summarize(ours[name]), theirs: summarize(theirs[name]) });
      else walkSchema(ours[name], theirs[name], at, out, seen);
    }
  } else if (Array.isArray(ours) && Array.isArray(theirs) && ours.length === theirs.length) {
    ours.forEach((item, index) => walkSchema(item, theirs[index], `${path}/${index}`, out, seen));
  } else {
    walkSchema(ours, theirs, path, out, seen);
  }
}

function asSortedSet(value: unknown): string {
  const items = Array.isArray(value) ? value : [value];
  return JSON.stringify(items.map((item) => JSON.stringify(item)).sort());
}

function isConstraint(key: string): boolean {
  return !ANNOTATIONS.has(key) && !key.startsWith('x-');
}

function isObject(value: unknown): value is JsonSchema {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** JSON pointer escaping (RFC 6901). */
function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
