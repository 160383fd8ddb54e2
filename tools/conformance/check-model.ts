import type { OperationModel } from '../../src/lib/openapi/model.ts';

/** Which credentials a request carries. */
export type Auth = 'token' | 'none' | 'wrong';

/** A request a check sends, relative to the base URL. */
export interface PlannedRequest {
  method: string;
  /** The path with its parameters filled in: `/sessions/session_123/preview`. */
  path: string;
  query: Array<[string, string]>;
  body?: string | undefined;
  /** How the body is shown in the report (a malformed body says so). */
  bodyLabel?: string | undefined;
  auth: Auth;
}

/** One answer the check accepts: a status and, for an error, its code. */
export interface Expected {
  status: number;
  code?: string | undefined;
}

/** A check derived from the contract, before it runs. */
export interface PlannedCheck {
  operation: OperationModel;
  /** What the check is about: `documented request`, `no token`, `unknown id`, `malformed body`… */
  purpose: string;
  request: PlannedRequest;
  /** The answers that pass; any documented answer is checked against its schema either way. */
  expect: Expected[];
  /** Shown with the result, whatever the outcome. */
  note?: string | undefined;
}

/** One way a response breaks the contract. */
export interface Problem {
  message: string;
  /** JSON pointer into the contract of the schema (or responses) that failed. */
  schemaPath?: string | undefined;
  /** JSON pointer into the response body. */
  instancePath?: string | undefined;
}

/** The outcome of one check: one line of the report. */
export interface CheckResult {
  operation: string;
  purpose: string;
  outcome: 'pass' | 'fail' | 'skip';
  /** What was sent: `GET /sessions/session_123 (no token)`. */
  sent: string;
  /** What came back: `404 not_found`, `200 application/json`; empty when skipped. */
  received: string;
  /** What would have passed: `200 | 501 focus_unavailable`. */
  expected: string;
  status?: number | undefined;
  problems: Problem[];
  /** Why a check was skipped, or context for a failure (an `x-unverified` mark). */
  note?: string | undefined;
}

/** A check that did not run, and why. */
export function skipped(operation: OperationModel, purpose: string, reason: string): CheckResult {
  return {
    operation: operation.id,
    purpose,
    outcome: 'skip',
    sent: '',
    received: '',
    expected: '',
    problems: [],
    note: reason,
  };
}

/** `200 | 404 not_found`: the accepted answers, for a report line. */
export function describeExpected(expect: Expected[]): string {
  return expect
    .map((item) => (item.code ? `${item.status} ${item.code}` : String(item.status)))
    .join(' | ');
}
