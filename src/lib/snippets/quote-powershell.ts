/** Quoting for PowerShell (Windows PowerShell 5.1 and PowerShell 7). */

/** PowerShell treats the typographic quotes as quote characters too. */
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;
// eslint-disable-next-line no-control-regex -- matching raw control characters is the point.
const CONTROL = /[\x00-\x1f\x7f\x85\u2028\u2029]/;
const ESCAPES: Record<string, string> = {
  '\n': '`n',
  '\r': '`r',
  '\t': '`t',
  '\0': '`0',
  '\x07': '`a',
  '\b': '`b',
  '\f': '`f',
  '\v': '`v',
};

/**
 * Quotes a string as a PowerShell string literal with exactly that value: single-quoted (only
 * quote characters are doubled; `$` and backticks stay literal), or double-quoted with backtick
 * escapes when it holds control characters, so line endings survive a script saved with CRLF.
 */
export function quotePowerShell(value: string): string {
  if (!CONTROL.test(value)) return `'${value.replace(SINGLE_QUOTES, (quote) => quote + quote)}'`;
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (ESCAPES[char] !== undefined) out += ESCAPES[char];
    else if (CONTROL.test(char)) out += `$([char]0x${code.toString(16).padStart(2, '0')})`;
    else if ('`$"\u201c\u201d\u201e'.includes(char)) out += `\`${char}`;
    else out += char;
  }
  return `"${out}"`;
}
