import { TOKEN_VARIABLE, type SnippetRequest, type SnippetSecret } from './snippet-request.ts';

/** A request header, with a credential split out so each language can write it its own way. */
export interface PreparedHeader {
  name: string;
  /** The full value; for a credential header, only what precedes the secret (`Bearer `). */
  value: string;
  /** True when the rest of the value must come from the environment variable `variable`. */
  isToken: boolean;
  variable?: string | undefined;
}

/** A piece of the URL: literal text, or the value of an environment variable (a query credential). */
export type UrlPart = { text: string } | { variable: string };

/** A request as the snippet generators read it. */
export interface PreparedRequest {
  method: string;
  url: string;
  /** The URL in pieces when a credential sits in the query; absent otherwise. */
  urlParts?: UrlPart[] | undefined;
  headers: PreparedHeader[];
  body?: string | undefined;
  /** The variables the snippet reads, each with what it holds, in order of appearance. */
  variables: Array<{ name: string; holds: string }>;
}

const LEGACY_BEARER: SnippetSecret = {
  in: 'header',
  name: 'Authorization',
  prefix: 'Bearer ',
  variable: TOKEN_VARIABLE,
  holds: 'your Local API token',
};

/** Text that every shell and language can hold inside its double-quoted strings as it is. */
const PLAIN = /^[A-Za-z0-9 _.:;=,+/-]*$/;

function headerSecret(
  secrets: SnippetSecret[],
  name: string,
  value: string,
): SnippetSecret | undefined {
  return secrets.find(
    (secret) =>
      secret.in === 'header' &&
      secret.name.toLowerCase() === name.toLowerCase() &&
      value.toLowerCase().startsWith(secret.prefix.toLowerCase()) &&
      PLAIN.test(`${name}: ${secret.prefix}`) &&
      /^[A-Z_][A-Z0-9_]*$/i.test(secret.variable),
  );
}

/** The URL split around query credentials (`name=<placeholder>`), or undefined when it has none. */
function splitUrl(
  url: string,
  secrets: SnippetSecret[],
  revealToken: string | undefined,
): UrlPart[] | undefined {
  const query = secrets.filter(
    (secret) => secret.in === 'query' && /^[A-Z_][A-Z0-9_]*$/i.test(secret.variable),
  );
  if (query.length === 0) return undefined;
  const parts: UrlPart[] = [];
  let rest = url;
  for (const secret of query) {
    const marker = `${encodeURIComponent(secret.name)}=${encodeURIComponent(secret.variable)}`;
    const at = rest.search(
      new RegExp(`[?&]${marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=&|#|$)`),
    );
    if (at < 0) continue;
    const end = at + 1 + marker.length;
    parts.push({ text: rest.slice(0, end - secret.variable.length) });
    parts.push(
      revealToken === undefined
        ? { variable: secret.variable }
        : { text: encodeURIComponent(revealToken) },
    );
    rest = rest.slice(end);
  }
  if (rest !== '') parts.push({ text: rest });
  return parts.some((part) => 'variable' in part) ? parts : undefined;
}

/**
 * Normalizes the method and marks the credentials (`request.secrets`, or else an
 * `Authorization: Bearer` header). A secret is dropped from the code unless `revealToken` is
 * given, in which case that literal is written instead.
 */
export function prepareRequest(request: SnippetRequest, revealToken?: string): PreparedRequest {
  const secrets = request.secrets ?? [LEGACY_BEARER];
  const variables: PreparedRequest['variables'] = [];
  const note = (secret: SnippetSecret): void => {
    if (!variables.some((variable) => variable.name === secret.variable))
      variables.push({ name: secret.variable, holds: secret.holds });
  };
  const urlParts = splitUrl(request.url, secrets, revealToken);
  for (const secret of secrets) {
    if (
      secret.in === 'query' &&
      urlParts?.some((part) => 'variable' in part && part.variable === secret.variable)
    )
      note(secret);
  }
  const headers = request.headers.map(([name, value]): PreparedHeader => {
    const secret = headerSecret(secrets, name, value);
    if (secret === undefined) return { name, value, isToken: false };
    if (revealToken !== undefined)
      return { name, value: `${secret.prefix}${revealToken}`, isToken: false };
    note(secret);
    return { name, value: secret.prefix, isToken: true, variable: secret.variable };
  });
  const method = request.method.toUpperCase();
  return {
    method,
    url: request.url,
    ...(urlParts ? { urlParts } : {}),
    headers,
    body: request.body,
    variables,
  };
}
