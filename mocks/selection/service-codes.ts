import type { ApiModel, OperationModel } from '../../src/lib/openapi/model.ts';
import { exampleErrorCode, findResponse, jsonMediaOf } from './operation-responses.ts';
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
  return codesOf(operation, '400').find((code) => code !== INVALID_JSON && code !== INVALID_REQUEST);
}

function codesOf(operation: OperationModel, status: string): string[] {
  const examples = jsonMediaOf(findResponse(operation, status))?.examples ?? [];
  return examples.map(exampleErrorCode).filter((code): code is string => code !== undefined);
}
