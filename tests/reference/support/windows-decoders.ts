/**
 * Reference decoders for the Windows shells that cannot run here: they turn a quoted literal back
 * into the value the shell would pass, following the documented rules, so quoting can be checked
 * by round trip as well as by table.
 */

/** The value of a PowerShell string literal ('…' with doubled quotes, or "…" with backtick escapes). */
export function decodePowerShellLiteral(literal: string): string {
  const singles = /['\u2018\u2019\u201a\u201b]/;
  const chars = Array.from(literal);
  const open = chars[0] ?? '';
  const inner = chars.slice(1, -1);
  if (singles.test(open)) {
    let out = '';
    for (let i = 0; i < inner.length; i += 1) {
      const char = inner[i] ?? '';
      if (singles.test(char)) {
        if (!singles.test(inner[i + 1] ?? ''))
          throw new Error(`unescaped quote at ${i} in ${literal}`);
        i += 1;
      }
      out += char;
    }
    return out;
  }
  const escapes: Record<string, string> = {
    n: '\n',
    r: '\r',
    t: '\t',
    '0': '\0',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
  };
  let out = '';
  for (let i = 0; i < inner.length; i += 1) {
    const char = inner[i] ?? '';
    if (char === '`') {
      const next = inner[i + 1] ?? '';
      out += escapes[next] ?? next;
      i += 1;
      continue;
    }
    if (char === '$') {
      const match = /^\$\(\[char\]0x([0-9a-f]+)\)/.exec(inner.slice(i).join(''));
      if (!match) throw new Error(`unescaped $ at ${i} in ${literal}`);
      out += String.fromCharCode(parseInt(match[1] ?? '0', 16));
      i += match[0].length - 1;
      continue;
    }
    if ('"\u201c\u201d\u201e'.includes(char))
      throw new Error(`unescaped double quote at ${i} in ${literal}`);
    out += char;
  }
  return out;
}

/**
 * What a program receives from one cmd.exe argument: cmd's caret escapes outside its quote state
 * (which toggles at every `"`), then the C runtime's rules (2n backslashes + `"` → n backslashes
 * and a quote toggle; 2n+1 → n and a literal `"`). Throws on cmd operators left unescaped.
 */
export function decodeCmdArgument(argument: string): string {
  let afterCmd = '';
  let quoted = false;
  for (let i = 0; i < argument.length; i += 1) {
    const char = argument[i] ?? '';
    if (char === '"') quoted = !quoted;
    if (!quoted && char === '^') {
      afterCmd += argument[i + 1] ?? '';
      i += 1;
      continue;
    }
    if (!quoted && /[&|<>()]/.test(char))
      throw new Error(`cmd would read ${char} at ${i} in ${argument}`);
    if (char === '%') throw new Error(`cmd would expand % at ${i} in ${argument}`);
    afterCmd += char;
  }
  let out = '';
  let inQuotes = false;
  for (let i = 0; i < afterCmd.length; i += 1) {
    let backslashes = 0;
    while (afterCmd[i] === '\\') {
      backslashes += 1;
      i += 1;
    }
    if (afterCmd[i] === '"') {
      out += '\\'.repeat(Math.floor(backslashes / 2));
      if (backslashes % 2 === 1) out += '"';
      else inQuotes = !inQuotes;
    } else {
      out += '\\'.repeat(backslashes);
      if (i < afterCmd.length) {
        if (afterCmd[i] === ' ' && !inQuotes)
          throw new Error(`argument splits at ${i} in ${argument}`);
        out += afterCmd.charAt(i);
      }
    }
  }
  return out;
}
