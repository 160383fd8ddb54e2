/** The request a snippet reproduces, and the snippet itself: shared by the page builder and the try-it panel. */

/** An HTTP request exactly as sent (the URL absolute and already encoded; the body as text). */
export interface SnippetRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body?: string | undefined;
  /**
   * The credentials in the request that snippets read from environment variables. Without this
   * list, an `Authorization: Bearer …` header is the only one, read from `TOKEN_VARIABLE`.
   */
  secrets?: SnippetSecret[] | undefined;
}

/** A credential of a request: where it is, and the environment variable the snippets read it from. */
export interface SnippetSecret {
  /** A header (the value is `prefix` then the secret) or a query parameter (the value is the secret). */
  in: 'header' | 'query';
  /** The header's or query parameter's name. */
  name: string;
  /** What precedes the secret in a header value: `Bearer `, `Basic `, `session=`; empty for a query parameter. */
  prefix: string;
  variable: string;
  /** What the variable holds, for the reader: `your token`, `your API key`… */
  holds: string;
}

/** One code sample: a tab on the page. */
export interface Snippet {
  /** Stable id: `curl-bash`, `curl-powershell`, `curl-cmd`, `fetch`, `node`, `python`. */
  id: string;
  /** Tab label, shared across pages so the reader's choice holds (`bash`, `PowerShell`…). */
  label: string;
  /** Highlighting language for Expressive Code / shiki. */
  language: string;
  code: string;
}

/** The variable a bearer token is read from when a request lists no `secrets` (the try-it panel's requests). */
export const TOKEN_VARIABLE = 'SESSIONDOCK_TOKEN';
