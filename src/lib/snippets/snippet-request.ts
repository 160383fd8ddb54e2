/** The request a snippet reproduces, and the snippet itself: shared by the page builder and the try-it panel. */

/** An HTTP request exactly as sent (the URL absolute and already encoded; the body as text). */
export interface SnippetRequest {
  method: string;
  url: string;
  headers: Array<[string, string]>;
  body?: string | undefined;
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

/** The name of the environment variable every snippet reads the token from. */
export const TOKEN_VARIABLE = 'SESSIONDOCK_TOKEN';
