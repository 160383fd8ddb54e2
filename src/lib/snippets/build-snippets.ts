import { buildCurlBash } from './curl-bash.ts';
import { buildCurlCmd } from './curl-cmd.ts';
import { buildCurlPowerShell } from './curl-powershell.ts';
import { buildFetchSnippet } from './fetch-snippet.ts';
import { prepareRequest, type PreparedRequest } from './prepare-request.ts';
import { buildPythonUrllib } from './python-urllib.ts';
import type { Snippet, SnippetRequest } from './snippet-request.ts';

interface SnippetTarget {
  id: string;
  label: string;
  language: string;
  build: (request: PreparedRequest) => string;
}

/** The languages every operation page offers, in tab order. Labels are the tab sync keys. */
const TARGETS: readonly SnippetTarget[] = [
  { id: 'curl-bash', label: 'bash', language: 'bash', build: buildCurlBash },
  {
    id: 'curl-powershell',
    label: 'PowerShell',
    language: 'powershell',
    build: buildCurlPowerShell,
  },
  { id: 'curl-cmd', label: 'cmd', language: 'bat', build: buildCurlCmd },
  {
    id: 'fetch',
    label: 'JavaScript',
    language: 'js',
    build: (request) => buildFetchSnippet(request, 'browser'),
  },
  {
    id: 'node',
    label: 'Node.js',
    language: 'js',
    build: (request) => buildFetchSnippet(request, 'node'),
  },
  { id: 'python', label: 'Python', language: 'python', build: buildPythonUrllib },
];

/**
 * Code samples that reproduce `request` exactly in each language. The bearer token is read from
 * the `SESSIONDOCK_TOKEN` environment variable (or a variable of that name in the browser);
 * only `revealToken` writes a literal token into the code. Pure and browser-safe.
 */
export function buildSnippets(
  request: SnippetRequest,
  options: { revealToken?: string } = {},
): Snippet[] {
  const prepared = prepareRequest(request, options.revealToken);
  return TARGETS.map(({ id, label, language, build }) => ({
    id,
    label,
    language,
    code: build(prepared),
  }));
}
