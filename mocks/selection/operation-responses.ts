import { readErrorEnvelope } from '../../src/lib/openapi/error-envelope.ts';
import { findResponse } from '../../src/lib/openapi/find-response.ts';
import type {
  ExampleModel,
  MediaTypeModel,
  OperationModel,
  ResponseModel,
} from '../../src/lib/openapi/model.ts';

/** The JSON media type of a response (the contract answers everything in JSON). */
export function jsonMediaOf(response: ResponseModel | undefined): MediaTypeModel | undefined {
  return response?.content.find((media) => /json/i.test(media.mediaType)) ?? response?.content[0];
}

/** The statuses an operation documents, in contract order. */
export function documentedStatuses(operation: OperationModel): string[] {
  return operation.responses.map((response) => response.status);
}

const exampleNames = new WeakMap<OperationModel, Readonly<Record<string, string[]>>>();

/** Example names per documented status (read once per operation: the mock asks on every request). */
export function exampleNamesByStatus(
  operation: OperationModel,
): Readonly<Record<string, string[]>> {
  let names = exampleNames.get(operation);
  if (!names) {
    names = listExampleNames(operation);
    exampleNames.set(operation, names);
  }
  return names;
}

function listExampleNames(operation: OperationModel): Record<string, string[]> {
  return Object.fromEntries(
    operation.responses.map((response) => [
      response.status,
      (jsonMediaOf(response)?.examples ?? []).map((example) => example.name),
    ]),
  );
}

/** The status of the operation's success: its first documented 2xx. */
export function successStatus(operation: OperationModel): string {
  return operation.responses.find((response) => /^2\d\d$/.test(response.status))?.status ?? '200';
}

/** The named example of a response, or its first (default) example. */
export function findExample(
  operation: OperationModel,
  status: string,
  name?: string,
): ExampleModel | undefined {
  const examples = jsonMediaOf(findResponse(operation, status))?.examples ?? [];
  return name === undefined ? examples[0] : examples.find((example) => example.name === name);
}

/** The `error.code` of an error-envelope example. */
export function exampleErrorCode(example: ExampleModel | undefined): string | undefined {
  return readErrorEnvelope(example?.value)?.code;
}

/** The `error.message` of an error-envelope example. */
export function exampleErrorMessage(example: ExampleModel | undefined): string | undefined {
  return readErrorEnvelope(example?.value)?.message;
}

/** The example of a status whose error code is `code` (or the first example when `code` is undefined). */
export function findErrorExample(
  operation: OperationModel,
  status: string,
  code?: string,
): ExampleModel | undefined {
  const examples = jsonMediaOf(findResponse(operation, status))?.examples ?? [];
  if (code === undefined) return examples[0];
  return examples.find((example) => exampleErrorCode(example) === code || example.name === code);
}
