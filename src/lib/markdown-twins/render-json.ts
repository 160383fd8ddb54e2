/** JSON for Markdown code blocks: pretty-printed, with cycles (dereferenced schemas) cut. */
export function renderJson(value: unknown): string {
  const ancestors: object[] = [];
  return JSON.stringify(
    value,
    function replacer(this: unknown, _key, item: unknown) {
      if (item === null || typeof item !== 'object') return item;
      // `this` is the holder: drop ancestors that are no longer on the path to `item`.
      while (ancestors.length > 0 && ancestors.at(-1) !== this) ancestors.pop();
      if (ancestors.includes(item)) return { $comment: 'circular reference' };
      ancestors.push(item);
      return item;
    },
    2,
  );
}

/** A fenced code block; the fence grows if the code itself contains backticks. */
export function fence(code: string, lang = ''): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${code.replace(/\n+$/, '')}\n${ticks}`;
}
