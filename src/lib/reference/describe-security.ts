import type { SecurityRequirementModel } from '../openapi/model.ts';

/** Backticks would end the inline code the names are written in. */
const name = (text: string | undefined): string => `\`${(text ?? '').replaceAll('`', "'")}\``;

/** One security scheme in words, names in inline code (`a bearer token: \`Authorization: Bearer <token>\``). */
export function describeRequirement(requirement: SecurityRequirementModel): string {
  const scopes =
    requirement.scopes.length > 0 ? ` (scopes: ${requirement.scopes.map(name).join(', ')})` : '';
  const scheme = requirement.httpScheme ?? '';
  if (requirement.type === 'http' && scheme === 'bearer')
    return `a bearer token: ${name('Authorization: Bearer <token>')}${scopes}`;
  if (requirement.type === 'http' && scheme === 'basic')
    return `HTTP Basic authentication: ${name('Authorization: Basic <base64 of user:password>')}`;
  if (requirement.type === 'http')
    return `HTTP ${scheme || 'authentication'} scheme: ${name(`Authorization: ${scheme} <credentials>`)}`;
  if (requirement.type === 'apiKey') {
    const where =
      requirement.in === 'query'
        ? 'query parameter'
        : requirement.in === 'cookie'
          ? 'cookie'
          : 'header';
    return `an API key in the ${name(requirement.parameterName)} ${where}`;
  }
  if (requirement.type === 'oauth2')
    return `an OAuth 2.0 access token: ${name('Authorization: Bearer <token>')}${scopes}`;
  if (requirement.type === 'openIdConnect')
    return `an OpenID Connect token: ${name('Authorization: Bearer <token>')}${scopes}`;
  if (requirement.type === 'mutualTLS') return 'a client TLS certificate';
  return `the ${name(requirement.scheme)} scheme (${requirement.type})${scopes}`;
}

/**
 * How to authenticate an operation, from its effective `security` (OpenAPI semantics: any one
 * alternative suffices, every scheme of an alternative is needed, an empty one means none), as
 * one sentence with names in inline code.
 */
export function describeSecurity(security: SecurityRequirementModel[][]): string {
  if (security.length === 0) return 'none required.';
  const alternatives = security
    .filter((requirements) => requirements.length > 0)
    .map((requirements) => requirements.map(describeRequirement).join(' and '));
  const optional = alternatives.length < security.length;
  if (alternatives.length === 0) return 'none required.';
  if (alternatives.length === 1)
    return optional ? `optional: ${alternatives[0]}, or none.` : `${alternatives[0]}.`;
  return `any one of: ${alternatives.join('; ')}${optional ? '; or none' : ''}.`;
}
