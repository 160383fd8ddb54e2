import { readErrorEnvelope } from '../../src/lib/openapi/error-envelope.ts';
import { findResponse } from '../../src/lib/openapi/find-response.ts';
import type { FetchLike } from '../command-environment.ts';
import {
  describeExpected,
  type CheckResult,
  type PlannedCheck,
  type PlannedRequest,
  type Problem,
} from './check-model.ts';
import { describeNetworkError, REQUEST_TIMEOUT_MS } from './describe-network-error.ts';
import { validateResponse } from './validate-response.ts';

/** Where and how checks are sent. */
export interface RunContext {
  /** `http://127.0.0.1:18432/api/v1`, without a trailing slash. */
  baseUrl: string;
  token: string;
  fetch: FetchLike;
}

/** A token no SessionDock issues, for the wrong-token check. */
export const WRONG_TOKEN = 'sessiondock-conformance-wrong-token';

/** A check's result, the parsed body (for later checks) and, when nothing came back, why. */
export interface SentCheck {
  result: CheckResult;
  body: unknown;
  networkError?: string | undefined;
}

/** Sends one check's request and judges the answer against the contract and the check's expectations. */
export async function sendCheck(check: PlannedCheck, context: RunContext): Promise<SentCheck> {
  const { request, operation } = check;
  const base = {
    operation: operation.id,
    purpose: check.purpose,
    sent: describeRequest(request),
    expected: describeExpected(check.expect),
  };
  let response: Response;
  try {
    response = await context.fetch(toUrl(context.baseUrl, request), {
      method: request.method,
      headers: headersFor(request, context.token),
      body: request.body ?? null,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const reason = describeNetworkError(error);
    return {
      result: {
        ...base,
        outcome: 'fail',
        received: `no answer (${reason})`,
        problems: [{ message: `no answer: ${reason}` }],
      },
      body: undefined,
      networkError: reason,
    };
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  const { body, problems } = validateResponse(operation, {
    status: response.status,
    contentType,
    text: await response.text(),
  });
  const all: Problem[] = [...expectationProblems(check, response.status, body), ...problems];
  const documented = findResponse(operation, response.status);
  const unverified = documented?.unverified ?? operation.unverified;
  return {
    result: {
      ...base,
      outcome: all.length === 0 ? 'pass' : 'fail',
      received: `${response.status} ${errorCode(body) ?? (contentType.split(';')[0] || '(no content type)')}`,
      status: response.status,
      problems: all,
      note:
        [
          check.note,
          all.length > 0 && unverified
            ? `the contract marks this unverified: ${unverified}`
            : undefined,
        ]
          .filter(Boolean)
          .join('; ') || undefined,
    },
    body,
  };
}

function expectationProblems(check: PlannedCheck, status: number, body: unknown): Problem[] {
  if (check.expect.length === 0) return [];
  const sameStatus = check.expect.filter((item) => item.status === status);
  if (sameStatus.length === 0)
    return [
      {
        message: `expected ${describeExpected(check.expect)}, got ${status}${errorCode(body) ? ` ${errorCode(body)}` : ''}`,
      },
    ];
  const code = errorCode(body);
  if (sameStatus.some((item) => item.code === undefined || item.code === code)) return [];
  return [
    {
      message: `expected error code ${sameStatus.map((item) => item.code).join(' or ')}, got ${code ?? 'none'}`,
      instancePath: '/error/code',
    },
  ];
}

/** `GET /sessions/x?limit=10 (no token) body {…}`: a request as the report shows it. */
export function describeRequest(request: PlannedRequest): string {
  const query = request.query.length > 0 ? `?${new URLSearchParams(request.query).toString()}` : '';
  const auth =
    request.auth === 'none' ? ' (no token)' : request.auth === 'wrong' ? ' (wrong token)' : '';
  const body = request.bodyLabel ?? (request.body === undefined ? '' : truncate(request.body, 60));
  return `${request.method} ${request.path}${query}${auth}${body ? ` body ${body}` : ''}`;
}

function toUrl(baseUrl: string, request: PlannedRequest): string {
  const query = request.query.length > 0 ? `?${new URLSearchParams(request.query).toString()}` : '';
  return `${baseUrl}${request.path}${query}`;
}

function headersFor(request: PlannedRequest, token: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.auth !== 'none')
    headers.Authorization = `Bearer ${request.auth === 'wrong' ? WRONG_TOKEN : token}`;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  return headers;
}

function errorCode(body: unknown): string | undefined {
  return readErrorEnvelope(body)?.code;
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
