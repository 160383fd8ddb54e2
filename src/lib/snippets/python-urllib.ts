import type { PreparedRequest } from './prepare-request.ts';

/**
 * A Python 3 string literal with exactly that value: single-quoted unless the text has more `'`
 * than `"`; backslashes, the quote, line breaks and control characters escaped, the rest literal.
 */
export function quotePython(value: string): string {
  const quote = (value.match(/'/g)?.length ?? 0) > (value.match(/"/g)?.length ?? 0) ? '"' : "'";
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '\\' || char === quote) out += `\\${char}`;
    else if (char === '\n') out += '\\n';
    else if (char === '\r') out += '\\r';
    else if (char === '\t') out += '\\t';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f))
      out += `\\x${code.toString(16).padStart(2, '0')}`;
    else if (code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16)}`;
    else out += char;
  }
  return `${quote}${out}${quote}`;
}

/**
 * Python with the standard library only (urllib), so it runs without installing anything. The
 * body is a string literal encoded as UTF-8 (byte for byte); HTTP errors print like successes.
 */
export function buildPythonUrllib(request: PreparedRequest): string {
  const environ = (variable: string): string => `os.environ[${quotePython(variable)}]`;
  const headers = request.headers.map((header) => {
    const value = !header.isToken
      ? quotePython(header.value)
      : header.value === ''
        ? environ(header.variable ?? '')
        : `${quotePython(header.value)} + ${environ(header.variable ?? '')}`;
    return `        ${quotePython(header.name)}: ${value},`;
  });
  const usesEnvironment = request.variables.length > 0;
  const url = request.urlParts
    ? request.urlParts
        .map((part) => ('variable' in part ? environ(part.variable) : quotePython(part.text)))
        .join(' + ')
    : quotePython(request.url);
  return [
    ...(usesEnvironment ? ['import os'] : []),
    'import urllib.error',
    'import urllib.request',
    '',
    'request = urllib.request.Request(',
    `    ${url},`,
    `    method=${quotePython(request.method)},`,
    ...(headers.length > 0 ? ['    headers={', ...headers, '    },'] : []),
    ...(request.body === undefined
      ? []
      : [`    data=${quotePython(request.body)}.encode("utf-8"),`]),
    ')',
    'try:',
    '    with urllib.request.urlopen(request) as response:',
    '        print(response.status, response.read().decode("utf-8"))',
    'except urllib.error.HTTPError as error:',
    '    print(error.code, error.read().decode("utf-8"))',
  ].join('\n');
}
