import { curlOptions } from './curl-bash.ts';
import type { PreparedRequest } from './prepare-request.ts';
import { quoteCmd, toCmdSafeJson } from './quote-cmd.ts';

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
  const options = curlOptions(
    request,
    quoteOrMark,
    (header) => `"${header.name}: ${header.value}%${header.variable ?? ''}%"`,
  );
  const lines: string[] = [];
  if (request.body !== undefined) {
    const exact = quoteCmd(request.body);
    const json = exact === undefined ? toCmdSafeJson(request.body) : undefined;
    const inline = exact ?? (json === undefined ? undefined : quoteCmd(json));
    if (inline !== undefined) {
      options.push(`--data-raw ${inline}`);
    } else {
      lines.push(
        `rem cmd cannot pass this body on a command line: save it as ${BODY_FILE} (UTF-8) first.`,
      );
      options.push(`--data-binary @${BODY_FILE}`);
    }
  }
  // A URL is printable ASCII without `"`; its `%XX` escapes cannot pair into a defined variable name.
  // Before a `%VAR%` one could pair with its first `%` and hide it, so a query credential after a
  // `%` stays a placeholder to replace by hand.
  const parts = request.urlParts;
  const lastVariable = parts?.findLastIndex((part) => 'variable' in part) ?? -1;
  const expandable =
    parts !== undefined &&
    parts.slice(0, lastVariable).every((part) => 'variable' in part || !part.text.includes('%'));
  const url =
    parts && expandable
      ? parts.map((part) => ('variable' in part ? `%${part.variable}%` : part.text)).join('')
      : request.url;
  if (parts && !expandable) {
    const names = parts.flatMap((part) => ('variable' in part ? [part.variable] : []));
    lines.push(
      `rem Replace ${names.join(' and ')} in the URL with the value of the variable of that name.`,
    );
  }
  lines.push([`curl "${url}"`, ...options].join(' ^\n  '));
  return lines.join('\n');
}
