import type { OperationModel } from '../src/lib/openapi/model.ts';
import { isRefusal, type Behaviour } from './behaviour.ts';
import { buildErrorEnvelope } from './error-envelope.ts';
import { gatherFacts } from './gather-facts.ts';
import { errorResponse, jsonResponse } from './json-response.ts';
import type { MockState } from './mock-state.ts';
import type { MockStore } from './mock-store.ts';
import { findExample, successStatus } from './operation-responses.ts';
import { PREFER_ERROR_CODE, PREFER_ERROR_STATUS, selectResponse } from './select-response.ts';

/** How many answered requests health lists. */
export const RECENT_REQUESTS = 20;

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
  /** True when the behaviour's changes to the draft are to be kept. */
  keep?: boolean;
}

/**
 * Answers one request to an operation: gathers the facts, applies the precedence, runs the
 * behaviour on a copy of the state and keeps the copy only on success. Every answer is logged
 * for health. Never throws: an internal fault becomes a 500 envelope with code `mock_error`.
 */
export async function answerOperation(request: Request, params: Readonly<Record<string, string>>, context: AnswerContext): Promise<Response> {
  try {
    const bodyText = context.operation.requestBody ? await request.text() : '';
    // From here on nothing awaits, so concurrent requests cannot interleave their state changes.
    const draft = structuredClone(context.store.read());
    const answer = decide(request, bodyText, params, draft, context);
    logAnswer(answer, request, answer.keep ? draft : structuredClone(context.store.read()), context.store);
    return jsonResponse(answer.status, answer.body, answer.rule);
  } catch (error) {
    return errorResponse(500, 'mock_error', `The mock failed to answer: ${error instanceof Error ? error.message : String(error)}`, 'mock-error');
  }
}

function decide(request: Request, bodyText: string, params: Readonly<Record<string, string>>, draft: MockState, context: AnswerContext): Answer {
  const { operation } = context;
  const gathered = gatherFacts(operation, request, bodyText, params, draft);
  const choice = selectResponse(gathered.facts);
  switch (choice.kind) {
    case 'forced': {
      const example = findExample(operation, choice.status, choice.example);
      const body = example?.value ?? (Number(choice.status) >= 400 ? buildErrorEnvelope(operation, choice.status) : null);
      return { status: Number(choice.status), body, rule: 'prefer' };
    }
    case 'prefer-problem':
      return { status: PREFER_ERROR_STATUS, body: { error: { status: PREFER_ERROR_STATUS, code: PREFER_ERROR_CODE, message: choice.message } }, rule: 'prefer-problem' };
    case 'error':
      return { status: Number(choice.status), body: buildErrorEnvelope(operation, choice.status, choice.code, choice.message), rule: choice.rule };
    case 'success':
      break;
  }
  const status = successStatus(operation);
  if (!context.behaviour) return { status: Number(status), body: findExample(operation, status)?.value ?? null, rule: 'example' };
  const url = new URL(request.url);
  const result = context.behaviour({
    state: draft, operation, params, query: gathered.query, searchParams: url.searchParams, body: gathered.body,
    session: draft.sessions.find((candidate) => candidate.id === params.id), now: context.store.now(), apiBase: `${url.origin}${context.basePath}`,
  });
  if (isRefusal(result)) {
    const refusal = result.refusal;
    return { status: Number(refusal.status), body: buildErrorEnvelope(operation, refusal.status, refusal.code, refusal.message), rule: 'behaviour-refusal' };
  }
  return { status: Number(status), body: result, rule: 'behaviour', keep: true };
}

/** Adds the answer to the request log of `base` and makes `base` the store's state. */
function logAnswer(answer: Answer, request: Request, base: MockState, store: MockStore): void {
  const entry = { method: request.method, path: new URL(request.url).pathname, statusCode: answer.status, at: store.now().toISOString() };
  base.requests.count += 1;
  // Health lists the latest requests oldest first.
  base.requests.recent = [...base.requests.recent, entry].slice(-RECENT_REQUESTS);
  if (answer.status >= 400) {
    base.requests.lastError = (answer.body as { error?: { message?: string } } | null)?.error?.message ?? `HTTP ${answer.status}`;
  }
  store.replace(base);
}
