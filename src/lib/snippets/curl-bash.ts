import type { PreparedRequest } from './prepare-request.ts';
import { quoteBash } from './quote-bash.ts';
import { TOKEN_VARIABLE } from './snippet-request.ts';

/** curl reads `[]{}` in a URL as its own globbing syntax unless told not to. */
const GLOB = /[[\]{}]/;

/** The curl options of a request, each as its words, shell-independent except for quoting. */
export function curlOptions(request: PreparedRequest, quote: (value: string) => string, tokenHeader: string): string[] {
  const options: string[] = [];
  if (GLOB.test(request.url)) options.push('--globoff');
  if (request.method === 'HEAD') options.push('--head');
  else if (request.method !== 'GET') {
    options.push(`--request ${/^[A-Z]+$/.test(request.method) ? request.method : quote(request.method)}`);
  }
  for (const header of request.headers) {
    options.push(`--header ${header.isToken ? tokenHeader : quote(`${header.name}: ${header.value}`)}`);
  }
  return options;
}

/**
 * curl for bash, zsh and other POSIX shells. The body is sent byte for byte with `--data-raw`
 * (no `@file` reading, no newline stripping); the token is `$SESSIONDOCK_TOKEN` in double quotes.
 */
export function buildCurlBash(request: PreparedRequest): string {
  const tokenHeader = `"Authorization: Bearer $${TOKEN_VARIABLE}"`;
  const options = curlOptions(request, quoteBash, tokenHeader);
  if (request.body !== undefined) options.push(`--data-raw ${quoteBash(request.body)}`);
  return [`curl ${quoteBash(request.url)}`, ...options].join(' \\\n  ');
}
