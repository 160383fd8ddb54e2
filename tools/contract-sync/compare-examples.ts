import type { ExampleModel } from '../../src/lib/openapi/model.ts';
/** A difference found inside one operation: where (a parameter, a response…) and what differs. */
export interface Finding {
  where: string;
  what: string;
}

/** Compares named examples: names only on one side, and values that differ (first differing place). */
export function compareExamples(
  where: string,
  ours: ExampleModel[],
  theirs: ExampleModel[],
): Finding[] {
  const findings: Finding[] = [];
  const theirsByName = new Map(theirs.map((example) => [example.name, example]));
  const oursNames = new Set(ours.map((example) => example.name));
  for (const example of ours) {
    const other = theirsByName.get(example.name);
    if (!other)
      findings.push({ where: `${where} example "${example.name}"`, what: 'only in our contract' });
    else {
      const difference = firstValueDifference(example.value, other.value);
      if (difference)
        findings.push({
          where: `${where} example "${example.name}"`,
          what: `value differs at ${difference}`,
        });
    }
  }
  for (const example of theirs) {
    if (!oursNames.has(example.name))
      findings.push({
        where: `${where} example "${example.name}"`,
        what: "only in the app's document",
      });
  }
  return findings;
}

/**
 * The first place where two JSON values differ, as `pointer: ours X, app Y`, or undefined when
 * they are equal (object key order does not count).
 */
export function firstValueDifference(
  ours: unknown,
  theirs: unknown,
  path = '',
): string | undefined {
  if (isRecord(ours) && isRecord(theirs)) {
    for (const key of [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort()) {
      const found = firstValueDifference(ours[key], theirs[key], `${path}/${key}`);
      if (found) return found;
    }
    return undefined;
  }
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    for (let index = 0; index < Math.max(ours.length, theirs.length); index += 1) {
      const found = firstValueDifference(ours[index], theirs[index], `${path}/${index}`);
      if (found) return found;
    }
    return undefined;
  }
  if (JSON.stringify(ours) === JSON.stringify(theirs)) return undefined;
  return `${path === '' ? '/' : path}: ours ${summarizeValue(ours)}, app ${summarizeValue(theirs)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A one-line rendering of a JSON value for a report. */
export function summarizeValue(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}
