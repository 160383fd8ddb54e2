/** Quoting for bash (and other POSIX shells that understand `$'…'`). */

/** Control characters that must not appear raw on a pasted command line (a tab triggers completion). */
// eslint-disable-next-line no-control-regex -- matching raw control characters is the point.
const CONTROL = /[\x00-\x09\x0b-\x1f\x7f]/;
const BARE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes a string as one bash word that expands to exactly that string: bare when safe,
 * otherwise in single quotes (nothing expands there, not even `!` history expansion), and in
 * ANSI-C quotes `$'…'` when it holds control characters. NUL cannot be passed in an argument.
 */
export function quoteBash(value: string): string {
  if (BARE_WORD.test(value)) return value;
  if (CONTROL.test(value)) return quoteAnsiC(value);
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** `$'…'` with every byte that could be misread written as an escape; `'` and `!` too, for history expansion. */
function quoteAnsiC(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\') out += '\\\\';
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (char === "'" || char === '!' || code < 0x20 || code === 0x7f)
      out += `\\x${code.toString(16).padStart(2, '0')}`;
    else out += char;
  }
  return `$'${out}'`;
}
