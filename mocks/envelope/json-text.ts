/**
 * JSON text of the mock's answers, keeping the text of records that can no longer change.
 *
 * The records of a committed state are frozen (`settleRecords` in `app/`): a write changes a
 * copy. A frozen object's JSON text is therefore written once and reused, so listing 12 sessions
 * costs a join, not a serialization of the whole library (a sixth of the sandbox's time per
 * read, bench/README.md). Anything else is serialized as `JSON.stringify` would.
 */
const textOf = new WeakMap<object, string>();

/** The same text as `JSON.stringify(value)` (`null` for undefined), reusing what frozen objects already have. */
export function toJsonText(value: unknown): string {
  return write(value) ?? 'null';
}

function write(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (Object.isFrozen(value)) {
    let text = textOf.get(value);
    if (text === undefined) {
      text = JSON.stringify(value);
      textOf.set(value, text);
    }
    return text;
  }
  if (Array.isArray(value))
    return `[${value.map((item: unknown) => write(item) ?? 'null').join(',')}]`;
  // Anything but a plain object (a Date, an object with toJSON) keeps JSON.stringify's own rules.
  if (Object.getPrototypeOf(value) !== Object.prototype || 'toJSON' in value)
    return JSON.stringify(value);
  const members: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    const text = write(member);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}
