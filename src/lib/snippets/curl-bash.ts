import type { PreparedHeader, PreparedRequest } from './prepare-request.ts';
import { quoteBash } from './quote-bash.ts';

/** curl reads `[]{}` in a URL as its own globbing syntax unless told not to. */
const GLOB = /[[\]{}]/;

/** The curl options of a request, each as its words, shell-independent except for quoting. */
export function curlOptions(
  request: PreparedRequest,
  quote: (value: string) => string,
  tokenHeader: (header: PreparedHeader) => string,
): string[] {
  const options: string[] = [];
  if (GLOB.test(request.url)) options.push('--globoff');
  if (request.method === 'HEAD') options.push('--head');
  else if (request.method !== 'GET') {
    options.push(
      `--request ${/^[A-Z]+$/.test(request.method) ? request.method : quote(request.method)}`,
    );
  }
  for (const header of request.headers) {
    options.push(
      `--header ${header.isToken ? tokenHeader(header) : quote(`${header.name}: ${header.value}`)}`,
    );
  }
  return options;
}

/**
 * curl for bash, zsh and other POSIX shells. The body is sent byte for byte with `--data-raw`
 * (no `@file` reading, no newline stripping); a credential is its variable in double quotes
 * (`"Authorization: Bearer $SESSIONDOCK_TOKEN"`), also inside the URL (`'…?api_key='"$API_KEY"`).
 */
export function buildCurlBash(request: PreparedRequest): string {
  const options = curlOptions(
    request,
    quoteBash,
    (header) => `"${header.name}: ${header.value}$${header.variable ?? ''}"`,
  );
  if (request.body !== undefined) options.push(`--data-raw ${quoteBash(request.body)}`);
  const url = request.urlParts
    ? request.urlParts
        .map((part) => ('variable' in part ? `"$${part.variable}"` : quoteBash(part.text)))
        .join('')
    : quoteBash(request.url);
  return [`curl ${url}`, ...options].join(' \\\n  ');
}
