import { curlOptions } from './curl-bash.ts';
import type { PreparedRequest } from './prepare-request.ts';
import { quoteCmd, toCmdSafeJson } from './quote-cmd.ts';
import { TOKEN_VARIABLE } from './snippet-request.ts';

const BODY_FILE = 'body.txt';

/**
 * Quotes a header for cmd. A `%` is kept (at the interactive prompt it only expands around a
 * defined variable name); quotes and line breaks, which cmd cannot carry, become `_`.
 */
function quoteOrMark(value: string): string {
  return quoteCmd(value) ?? `"${value.replace(/["\r\n]/g, '_')}"`;
}

/**
 * curl for the Windows Command Prompt (interactive). A body cmd cannot pass as typed is sent as
 * the same JSON value with `\u` escapes; any other such body is read from a file named here.
 */
export function buildCurlCmd(request: PreparedRequest): string {
  const tokenHeader = `"Authorization: Bearer %${TOKEN_VARIABLE}%"`;
  const options = curlOptions(request, quoteOrMark, tokenHeader);
  const lines: string[] = [];
  if (request.body !== undefined) {
    const exact = quoteCmd(request.body);
    const json = exact === undefined ? toCmdSafeJson(request.body) : undefined;
    const inline = exact ?? (json === undefined ? undefined : quoteCmd(json));
    if (inline !== undefined) {
      options.push(`--data-raw ${inline}`);
    } else {
      lines.push(`rem cmd cannot pass this body on a command line: save it as ${BODY_FILE} (UTF-8) first.`);
      options.push(`--data-binary @${BODY_FILE}`);
    }
  }
  // A URL is printable ASCII without `"`; its `%XX` escapes cannot pair into a defined variable name.
  lines.push([`curl "${request.url}"`, ...options].join(' ^\n  '));
  return lines.join('\n');
}
