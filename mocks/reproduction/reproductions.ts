import type { ExampleModel, OperationModel } from '../../src/lib/openapi/model.ts';
import { findResponse } from '../../src/lib/openapi/find-response.ts';
import { exampleErrorCode, jsonMediaOf, successStatus } from '../selection/operation-responses.ts';
import { exampleBody } from '../selection/read-body.ts';
import { reproduceBadRequest } from './reproduce-bad-request.ts';
import type { PreferReason, Reproduction } from './reproduction.ts';
import { serviceCodeOf } from '../selection/service-codes.ts';
import { toText } from '../../src/lib/openapi/to-text.ts';

/** A session id the seed library never holds. */
export const MISSING_SESSION_ID = 'session_missing';

/** The end of a Prefer reproduction's summary: why nothing else reaches the response. */
const PREFER_REASONS: Readonly<Record<PreferReason, string>> = {
  'later-example-of-its-code':
    "the mock answers this error code with the contract's first example of it.",
  'success-without-scene': 'no request or simulated state shows this success example.',
  'no-rule': 'no request or simulated state makes the mock give this response.',
};

/** Success examples that a state or a query reproduces better than a plain valid request. */
const SUCCESS_SCENES: Readonly<
  Record<string, Pick<Reproduction, 'summary'> & Partial<Reproduction>>
> = {
  'getHealth:read_only': {
    state: { configuredMode: 'read-only', effectiveMode: 'read-only' },
    summary: 'Set the simulated app to read-only.',
  },
  'getHealth:downgraded': {
    state: { configuredMode: 'full-automation', effectiveMode: 'read-only' },
    summary: 'Let the app grant only read-only while full automation is configured.',
  },
  'listSessions:no_matches': {
    query: { q: 'no session has this in its title' },
    summary: 'Search for text no session contains.',
  },
};

/**
 * How to reach a documented (status, example) of an operation without `Prefer` where the
 * semantics allow it (token, body, unknown id, simulated state), else with `Prefer`.
 * Undefined for a status or example the operation does not document.
 */
export function reproductionFor(
  operation: OperationModel,
  status: string,
  exampleName?: string,
): Reproduction | undefined {
  const examples = jsonMediaOf(findResponse(operation, status))?.examples;
  if (!examples) return undefined;
  const example =
    exampleName === undefined
      ? examples[0]
      : examples.find((candidate) => candidate.name === exampleName);
  if (exampleName !== undefined && !example) return undefined;
  const base = baseline(operation);
  const named = examples.length > 1 && example ? example.name : undefined;
  const byPrefer = (preferReason: PreferReason): Reproduction => ({
    ...base,
    prefer: named ? `code=${status}, example=${named}` : `code=${status}`,
    preferReason,
    summary: `Send Prefer to ask the mock for the documented ${status}${named ? ` (${named})` : ''}: ${PREFER_REASONS[preferReason]}`,
  });
  if (status === successStatus(operation))
    return (
      reproduceSuccess(operation, example, base, examples[0] === example) ??
      byPrefer('success-without-scene')
    );
  const code = exampleErrorCode(example);
  // The mock answers an error with the first example of its code: any other needs Prefer.
  if (example && examples.find((candidate) => exampleErrorCode(candidate) === code) !== example)
    return byPrefer('later-example-of-its-code');
  if (status === '401') return { ...base, token: 'none', summary: 'Leave out the bearer token.' };
  if (status === '403')
    return {
      ...base,
      state: { effectiveMode: 'read-only' },
      summary: 'Switch the simulated app to read-only.',
    };
  if (status === '404' && operation.path.includes('{id}')) {
    return {
      ...base,
      pathParams: { ...base.pathParams, id: MISSING_SESSION_ID },
      summary: `Ask for a session that does not exist (${MISSING_SESSION_ID}).`,
    };
  }
  if (status === '501' && code !== undefined && code === serviceCodeOf(operation)) {
    return {
      ...base,
      state: { services: { [code]: false } },
      summary: `Mark the ${code.replace(/_unavailable$/, '').replace(/_/g, ' ')} service unavailable.`,
    };
  }
  if (status === '400') return reproduceBadRequest(operation, base, example) ?? byPrefer('no-rule');
  return byPrefer('no-rule');
}

/** The success: the example's own session and variant when it names them, or a scene that shows it. */
function reproduceSuccess(
  operation: OperationModel,
  example: ExampleModel | undefined,
  base: Reproduction,
  isDefault: boolean,
): Reproduction | undefined {
  const scene = example ? SUCCESS_SCENES[`${operation.id}:${example.name}`] : undefined;
  if (scene) return { ...base, ...scene, query: { ...base.query, ...scene.query } };
  if (!isDefault && !operation.path.includes('{id}')) return undefined;
  const data = (example?.value as { data?: Record<string, unknown> } | undefined)?.data;
  const id = data?.sessionId ?? data?.id;
  const pathParams = { ...base.pathParams };
  const query = { ...base.query };
  if (typeof id === 'string' && 'id' in pathParams && operation.method !== 'post')
    pathParams.id = id;
  if (
    typeof data?.variantId === 'string' &&
    operation.parameters.some((parameter) => parameter.name === 'variantId')
  )
    query.variantId = data.variantId;
  return { ...base, pathParams, query, summary: 'Send a valid request while the app allows it.' };
}

/** A request the mock answers with the success: the sandbox token and the contract's examples. */
function baseline(operation: OperationModel): Reproduction {
  const pathParams: Record<string, string> = {};
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in === 'path')
      pathParams[parameter.name] = toText(parameter.example ?? 'session_123');
    if (parameter.in === 'query' && parameter.required && parameter.example !== undefined)
      query[parameter.name] = toText(parameter.example);
  }
  const body = exampleBody(operation);
  return {
    token: 'sandbox',
    pathParams,
    query,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    summary: '',
  };
}
