/** Quoting for the Windows Command Prompt (cmd.exe, interactive) running a program such as curl.exe. */

const SAFE_LINE = /^[\x20-\x7e]*$/;
const CMD_SPECIAL = /[\^&|<>()]/;

/**
 * Quotes one argument for cmd.exe and the C runtime's argument parser, or returns undefined when
 * cmd cannot pass it reliably (line breaks, control or non-ASCII characters, `%` which cmd
 * expands even inside quotes). Backslashes before a quote are doubled and quotes become `\"`;
 * cmd toggles its own quoting at every `"`, so special characters it would see unquoted get `^`.
 */
export function quoteCmd(value: string): string | undefined {
  if (!SAFE_LINE.test(value) || value.includes('%')) return undefined;
  const argument = `"${value.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\+)$/, '$1$1')}"`;
  let out = '';
  let quoted = false;
  for (const char of argument) {
    if (char === '"') quoted = !quoted;
    out += !quoted && CMD_SPECIAL.test(char) ? `^${char}` : char;
  }
  return out;
}

/**
 * The same JSON value as compact JSON that cmd can pass: every character outside printable ASCII,
 * and each of `% ! ^ & | < > ( )`, is written as a `\uXXXX` escape (they can only occur inside
 * JSON strings). Returns undefined when the text is not JSON.
 */
export function toCmdSafeJson(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return JSON.stringify(value).replace(
    /[^\x20-\x7e]|[%!^&|<>()]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
