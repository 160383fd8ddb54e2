import { readErrorEnvelope } from '../../src/lib/openapi/error-envelope.ts';
import { findResponse } from '../../src/lib/openapi/find-response.ts';
import type { OperationModel, ResponseModel } from '../../src/lib/openapi/model.ts';
import type { Expected } from './check-model.ts';

/** Codes of the 400 examples about the request itself; any other 400 code is an action failure (`open_failed`). */
const REQUEST_CODES = new Set(['invalid_json', 'invalid_request']);

/** The documented success statuses (2xx). */
export function successOutcomes(operation: OperationModel): Expected[] {
  return operation.responses
    .filter((response) => /^2\d\d$/.test(response.status))
    .map((response) => ({ status: Number(response.status) }));
}

/** The documented error `status` with `code` (by default the code of its first example), or none if not documented. */
export function errorOutcome(operation: OperationModel, status: number, code?: string): Expected[] {
  const response = documentedExactly(operation, String(status));
  if (!response) return [];
  if (code !== undefined) return exampleCodes(response).includes(code) ? [{ status, code }] : [];
  return [{ status, code: exampleCodes(response)[0] }];
}

/** Answers the app's state explains: a service unavailable in this runtime (documented 501s). */
export function serviceOutcomes(operation: OperationModel): Expected[] {
  return codesOf(operation, '501').map((code) => ({ status: 501, code }));
}

/** Documented action failures: 400s whose code is not about the request (`open_failed`, `focus_failed`). */
export function actionFailureOutcomes(operation: OperationModel): Expected[] {
  return codesOf(operation, '400')
    .filter((code) => !REQUEST_CODES.has(code))
    .map((code) => ({ status: 400, code }));
}

/** The error codes of a documented status's examples, in contract order, without repeats. */
export function codesOf(operation: OperationModel, status: string): string[] {
  const response = documentedExactly(operation, status);
  return response ? exampleCodes(response) : [];
}

/** The response documented for this very status; a `4XX` or `default` one plans no expectation of its own. */
function documentedExactly(operation: OperationModel, status: string): ResponseModel | undefined {
  const response = findResponse(operation, status);
  return response?.status === status ? response : undefined;
}

function exampleCodes(response: ResponseModel): string[] {
  const codes = response.content
    .flatMap((media) => media.examples)
    .map((example) => readErrorEnvelope(example.value)?.code);
  return [...new Set(codes.filter((code): code is string => code !== undefined))];
}
