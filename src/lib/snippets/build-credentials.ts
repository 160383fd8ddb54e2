import type { SecurityRequirementModel } from '../openapi/model.ts';
import type { SnippetSecret } from './snippet-request.ts';

/** Which variable names the product gives its credentials (site.config.ts: DOCS_TOKEN_VARIABLE). */
export interface CredentialNames {
  /** The variable of an http bearer token; without it, one is named after the security scheme. */
  tokenVariable?: string | undefined;
  /** What a bearer token is called (`Local API token`); `token` without it. */
  tokenLabel?: string | undefined;
}

/** The headers, query pairs and secrets that satisfy one security alternative. */
export interface Credentials {
  headers: Array<[string, string]>;
  query: Array<[string, string]>;
  secrets: SnippetSecret[];
}

/** Trailing words a scheme name often carries that say nothing about the credential. */
const NOISE = new Set(['AUTH', 'AUTHENTICATION', 'AUTHORIZATION', 'SECURITY', 'SCHEME']);

function kindOf(requirement: SecurityRequirementModel): 'token' | 'key' | 'basic' | 'none' {
  if (requirement.type === 'apiKey') return requirement.parameterName ? 'key' : 'none';
  if (requirement.type === 'http') return requirement.httpScheme === 'basic' ? 'basic' : 'token';
  if (requirement.type === 'oauth2' || requirement.type === 'openIdConnect') return 'token';
  return 'none';
}

const SUFFIX = { token: 'TOKEN', key: 'KEY', basic: 'CREDENTIALS' } as const;

/**
 * The environment variable a scheme's credential is read from, named after the scheme
 * (`apiKeyAuth` → `API_KEY`, `basicAuth` → `BASIC_CREDENTIALS`, `bearerAuth` → `BEARER_TOKEN`),
 * or the product's own name for a bearer token.
 */
export function credentialVariable(
  requirement: SecurityRequirementModel,
  names: CredentialNames = {},
): string {
  const kind = kindOf(requirement);
  const isBearer = requirement.type === 'http' && requirement.httpScheme === 'bearer';
  if (isBearer && names.tokenVariable) return names.tokenVariable;
  const words = requirement.scheme
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter((word) => word !== '');
  while (words.length > 1 && NOISE.has(words.at(-1) ?? '')) words.pop();
  const suffix = kind === 'none' ? 'SECRET' : SUFFIX[kind];
  if (words.at(-1) !== suffix) words.push(suffix);
  if (words.length === 1) words.unshift('API');
  const name = words.join('_');
  return /^[A-Z]/.test(name) ? name : `API_${name}`;
}

/** The scheme word of an Authorization header: `Basic`, `Bearer`, or the http scheme as named. */
function authorizationScheme(requirement: SecurityRequirementModel): string {
  const scheme = requirement.type === 'http' ? (requirement.httpScheme ?? 'bearer') : 'bearer';
  return scheme.charAt(0).toUpperCase() + scheme.slice(1);
}

const HOLDS = {
  key: 'your API key',
  basic: 'your user name and password as Base64 of `user:password`',
} as const;

/**
 * What satisfies the first requirement set of an operation in a sample request: each credential
 * as a placeholder (the variable's name) where the scheme says (header, query or cookie), and the
 * secret that tells the snippets to read it from that variable.
 */
export function buildCredentials(
  requirements: SecurityRequirementModel[],
  names: CredentialNames = {},
): Credentials {
  const credentials: Credentials = { headers: [], query: [], secrets: [] };
  const used = new Set<string>();
  for (const requirement of requirements) {
    const kind = kindOf(requirement);
    if (kind === 'none') continue;
    let variable = credentialVariable(requirement, names);
    for (let n = 2; used.has(variable); n += 1)
      variable = `${credentialVariable(requirement, names)}_${n}`;
    used.add(variable);
    const secret = (place: 'header' | 'query', name: string, prefix: string): void => {
      const holds = kind === 'token' ? `your ${names.tokenLabel ?? 'token'}` : HOLDS[kind];
      credentials.secrets.push({ in: place, name, prefix, variable, holds });
      if (place === 'query') credentials.query.push([name, variable]);
      else credentials.headers.push([name, `${prefix}${variable}`]);
    };
    const parameter = requirement.parameterName ?? '';
    if (kind === 'key' && requirement.in === 'query') secret('query', parameter, '');
    else if (kind === 'key' && requirement.in === 'cookie')
      secret('header', 'Cookie', `${parameter}=`);
    else if (kind === 'key') secret('header', parameter, '');
    else secret('header', 'Authorization', `${authorizationScheme(requirement)} `);
  }
  return credentials;
}
