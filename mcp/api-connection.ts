/** A fetch-like transport: the real `fetch`, or the mock's in-process fetch in sandbox mode. */
export type ApiFetch = (request: Request) => Promise<Response>;

/** One request to the Local API, relative to its base URL. */
export interface ApiCall {
  method: string;
  /** The path with its parameters filled in: `/sessions/session_123`. */
  path: string;
  query?: readonly (readonly [string, string])[];
  body?: unknown;
}

/** The app's answer: its status and its JSON body (undefined when empty or not JSON). */
export interface ApiAnswer {
  status: number;
  body: unknown;
}

/** Nothing answered at the base URL (connection refused, timed out). */
export class ApiUnreachableError extends Error {}

/** The Local API at one base URL, with the token added to every request and kept inside. */
export interface ApiConnection {
  baseUrl: string;
  send(call: ApiCall): Promise<ApiAnswer>;
}

const TIMEOUT_MS = 30_000;

/** A connection that sends each call with `Authorization: Bearer <token>` through `fetch`. */
export function createApiConnection(
  baseUrl: string,
  token: string,
  fetchApi: ApiFetch = (request) => fetch(request),
): ApiConnection {
  return {
    baseUrl,
    async send(call) {
      const url = new URL(`${baseUrl}${call.path}`);
      for (const [name, value] of call.query ?? []) url.searchParams.append(name, value);
      const headers = new Headers({ Authorization: `Bearer ${token}`, Accept: 'application/json' });
      if (call.body !== undefined) headers.set('Content-Type', 'application/json');
      const request = new Request(url, {
        method: call.method,
        headers,
        body: call.body === undefined ? null : JSON.stringify(call.body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      let response: Response;
      try {
        response = await fetchApi(request);
      } catch {
        // The error's own text may name the request; say only what the reader can act on.
        throw new ApiUnreachableError(
          `nothing answers at ${baseUrl}: is SessionDock running, with its Local API turned on?`,
        );
      }
      return { status: response.status, body: parseBody(await response.text()) };
    },
  };
}

function parseBody(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return { text };
  }
}
