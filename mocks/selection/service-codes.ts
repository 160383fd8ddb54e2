import type { ApiModel, OperationModel } from '../../src/lib/openapi/model.ts';
import { findResponse } from '../../src/lib/openapi/find-response.ts';
import { exampleErrorCode, jsonMediaOf } from './operation-responses.ts';
import { INVALID_JSON, INVALID_REQUEST } from './select-response.ts';

/** The service an operation needs, named by the code of its documented 501 (`import_unavailable`…). */
export function serviceCodeOf(operation: OperationModel): string | undefined {
  return codesOf(operation, '501')[0];
}

/** Every service the contract can report unavailable, in contract order. */
export function listServiceCodes(model: ApiModel): string[] {
  return [...new Set(model.operations.flatMap((operation) => codesOf(operation, '501')))];
}

/**
 * The code of an action failure an operation documents: a 400 example that is neither
 * invalid JSON nor a schema violation (`open_failed`, `focus_failed`).
 */
export function failureCodeOf(operation: OperationModel): string | undefined {
  return codesOf(operation, '400').find(
    (code) => code !== INVALID_JSON && code !== INVALID_REQUEST,
  );
}

/** Every action failure the contract documents (`open_failed`, `focus_failed`), in contract order. */
export function listFailureCodes(model: ApiModel): string[] {
  return [
    ...new Set(
      model.operations.map(failureCodeOf).filter((code): code is string => code !== undefined),
    ),
  ];
}

function codesOf(operation: OperationModel, status: string): string[] {
  const response = findResponse(operation, status);
  // Only the status itself: the examples of a `4XX` or `default` name no service or action failure.
  if (response?.status !== status) return [];
  return (jsonMediaOf(response)?.examples ?? [])
    .map(exampleErrorCode)
    .filter((code): code is string => code !== undefined);
}
