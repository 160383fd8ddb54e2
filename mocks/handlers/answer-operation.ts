import { readErrorEnvelope } from '../../src/lib/openapi/error-envelope.ts';
import type { HttpMethod, OperationModel } from '../../src/lib/openapi/model.ts';
import { isRefusal, type Behaviour } from '../app/behaviour.ts';
import { buildErrorEnvelope } from '../envelope/error-envelope.ts';
import { gatherFacts, type GatheredRequest } from '../selection/gather-facts.ts';
import { errorReply, jsonReply, type MockReply } from '../envelope/mock-reply.ts';
import type { MockRequest } from '../envelope/mock-request.ts';
import type { MockState } from '../app/mock-state.ts';
import { copyState } from '../app/copy-state.ts';
import type { MockStore } from '../app/mock-store.ts';
import { findExample, successStatus } from '../selection/operation-responses.ts';
import { withRequestLogged } from '../app/request-log.ts';
import {
  PREFER_ERROR_CODE,
  PREFER_ERROR_STATUS,
  selectResponse,
} from '../selection/select-response.ts';

/** What answering one request needs: the operation, its behaviour, the store and where the API lives. */
export interface AnswerContext {
  operation: OperationModel;
  behaviour: Behaviour | undefined;
  store: MockStore;
  /** Path of the API below the origin: `/api/v1`. */
  basePath: string;
}

interface Answer {
  status: number;
  body: unknown;
  /** The rule that chose the answer, sent in `X-SessionDock-Mock`. */
  rule: string;
  /** The behaviour's changed copy of the state, set only when it succeeded: the state to keep. */
  draft?: MockState;
}

/** Methods that cannot change the simulated app (RFC 9110 safe methods): their behaviour reads the state itself. */
const SAFE_METHODS: ReadonlySet<HttpMethod> = new Set(['get', 'head', 'options', 'trace']);

/**
 * Answers one request to an operation: gathers the facts, applies the precedence, runs the
 * behaviour and logs the answer for health. Only a behaviour that may change the state (an unsafe
 * method) gets a copy, kept only on success; reads and early errors copy nothing. Never throws:
 * an internal fault becomes a 500 envelope with code `mock_error`.
 */
export async function answerOperation(
  request: MockRequest,
  params: Readonly<Record<string, string>>,
  context: AnswerContext,
  parsedUrl?: URL,
): Promise<MockReply> {
  try {
    const url = parsedUrl ?? new URL(request.url);
    const bodyText = context.operation.requestBody ? await request.text() : '';
    // From here on nothing awaits, so concurrent requests cannot interleave their state changes.
    const answer = decide(request, url, bodyText, params, context);
    logAnswer(answer, request.method, url, context.store);
    return jsonReply(answer.status, answer.body, answer.rule);
  } catch (error) {
    return errorReply(
      500,
      'mock_error',
      `The mock failed to answer: ${error instanceof Error ? error.message : String(error)}`,
      'mock-error',
    );
  }
}

function decide(
  request: MockRequest,
  url: URL,
  bodyText: string,
  params: Readonly<Record<string, string>>,
  context: AnswerContext,
): Answer {
  const { operation } = context;
  const gathered = gatherFacts(operation, request, url, bodyText, params, context.store.read());
  const choice = selectResponse(gathered.facts);
  switch (choice.kind) {
    case 'forced': {
      const example = findExample(operation, choice.status, choice.example);
      const body =
        example?.value ??
        (Number(choice.status) >= 400 ? buildErrorEnvelope(operation, choice.status) : null);
      return { status: Number(choice.status), body, rule: 'prefer' };
    }
    case 'prefer-problem':
      return {
        status: PREFER_ERROR_STATUS,
        body: {
          error: { status: PREFER_ERROR_STATUS, code: PREFER_ERROR_CODE, message: choice.message },
        },
        rule: 'prefer-problem',
      };
    case 'error':
      return {
        status: Number(choice.status),
        body: buildErrorEnvelope(operation, choice.status, choice.code, choice.message),
        rule: choice.rule,
      };
    case 'success':
      break;
  }
  const status = successStatus(operation);
  if (!context.behaviour)
    return {
      status: Number(status),
      body: findExample(operation, status)?.value ?? null,
      rule: 'example',
    };
  return runBehaviour(context.behaviour, url, params, gathered, context);
}

/** Runs the behaviour: on the state itself for a safe method, else on a copy returned as `draft` when it succeeds. */
function runBehaviour(
  behaviour: Behaviour,
  url: URL,
  params: Readonly<Record<string, string>>,
  gathered: GatheredRequest,
  context: AnswerContext,
): Answer {
  const { operation, store } = context;
  const draft = SAFE_METHODS.has(operation.method) ? undefined : copyState(store.read(), params.id);
  const state = draft ?? store.read();
  const result = behaviour({
    state,
    operation,
    params,
    query: gathered.query,
    searchParams: url.searchParams,
    body: gathered.body,
    session: state.sessions.find((candidate) => candidate.id === params.id),
    now: store.now(),
    apiBase: `${url.origin}${context.basePath}`,
  });
  if (isRefusal(result)) {
    const refusal = result.refusal;
    return {
      status: Number(refusal.status),
      body: buildErrorEnvelope(operation, refusal.status, refusal.code, refusal.message),
      rule: 'behaviour-refusal',
    };
  }
  return {
    status: Number(successStatus(operation)),
    body: result,
    rule: 'behaviour',
    ...(draft ? { draft } : {}),
  };
}

/** Keeps the behaviour's draft, if any, with the answer added to the request log: one change of the store. */
function logAnswer(answer: Answer, method: string, url: URL, store: MockStore): void {
  const entry = {
    method,
    path: url.pathname,
    statusCode: answer.status,
    at: store.now().toISOString(),
  };
  const lastError =
    answer.status >= 400
      ? (readErrorEnvelope(answer.body)?.message ?? `HTTP ${answer.status}`)
      : undefined;
  store.replace(withRequestLogged(answer.draft ?? store.read(), entry, lastError));
}
