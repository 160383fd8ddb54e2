import type { OperationModel } from '../../src/lib/openapi/model.ts';
import { failureFlagOf, type MockFlags } from '../app/mock-flags.ts';
import type { MockState } from '../app/mock-state.ts';
import { documentedStatuses, exampleNamesByStatus } from './operation-responses.ts';
import { parsePreferHeader } from './prefer-header.ts';
import { readBody } from './read-body.ts';
import { readQuery } from './read-query.ts';
import { SANDBOX_TOKEN } from './sandbox-token.ts';
import type { MockRequest } from '../envelope/mock-request.ts';
import type { RequestFacts } from './select-response.ts';
import { failureCodeOf, serviceCodeOf } from './service-codes.ts';

/** The facts about a request, with the parsed body and query the behaviour will use. */
export interface GatheredRequest {
  facts: RequestFacts;
  body: unknown;
  query: Record<string, unknown>;
}

/** Reads everything the precedence needs from the request (its URL parsed once by the caller), its body text and the simulated state. */
export function gatherFacts(
  operation: OperationModel,
  request: MockRequest,
  url: URL,
  bodyText: string,
  params: Readonly<Record<string, string>>,
  state: MockState,
): GatheredRequest {
  const body = readBody(bodyText, operation.requestBody);
  const query = readQuery(operation, url.searchParams);
  const service = serviceCodeOf(operation);
  const failure = failureCodeOf(operation);
  const sessionId = operation.path.includes('{id}') ? params.id : undefined;
  const facts: RequestFacts = {
    documented: documentedStatuses(operation),
    examples: exampleNamesByStatus(operation),
    preference: parsePreferHeader(request.headers.get('Prefer')),
    token: readToken(operation, request),
    body:
      body.fact.kind === 'fine' && query.problem
        ? { kind: 'invalid', message: query.problem }
        : body.fact,
    blockedByMode:
      operation.mode === 'full-automation' && state.flags.effectiveMode !== 'full-automation',
    sessionFound:
      sessionId === undefined
        ? undefined
        : state.sessions.some((session) => session.id === sessionId),
    unavailableService:
      service !== undefined && state.flags.services[service] === false ? service : undefined,
    failingAction: failure !== undefined && isFailing(failure, state.flags) ? failure : undefined,
  };
  return { facts, body: body.value, query: query.values };
}

/** Whether a bearer token is needed and, if so, whether the request carries the sandbox token. */
function readToken(operation: OperationModel, request: MockRequest): RequestFacts['token'] {
  const needsBearer = operation.security.some((alternative) =>
    alternative.some((scheme) => scheme.httpScheme === 'bearer'),
  );
  if (!needsBearer) return 'not-required';
  const header = request.headers.get('Authorization');
  if (!header || !/^Bearer\s+\S/i.test(header)) return 'missing';
  return header.replace(/^Bearer\s+/i, '').trim() === SANDBOX_TOKEN ? 'valid' : 'wrong';
}

function isFailing(code: string, flags: MockFlags): boolean {
  return flags[failureFlagOf(code)] === true;
}
