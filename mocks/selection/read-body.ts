import type { JsonSchema, OperationModel, RequestBodyModel } from '../../src/lib/openapi/model.ts';
import { describeViolation } from '../../src/lib/openapi/describe-violation.ts';
import { validatorFor } from '../../src/lib/openapi/schema-validator.ts';
import type { BodyFact } from './select-response.ts';

/** A request body as the mock read it: what is wrong with it, if anything, and the parsed value. */
export interface BodyReading {
  fact: BodyFact;
  value: unknown;
}

/**
 * Parses a request body and checks it against the operation's JSON schema.
 * An empty body where one is required counts as malformed JSON.
 */
export function readBody(text: string, requestBody: RequestBodyModel | undefined): BodyReading {
  if (!requestBody) return { fact: { kind: 'fine' }, value: undefined };
  if (text.trim() === '') {
    return requestBody.required
      ? { fact: { kind: 'malformed' }, value: undefined }
      : { fact: { kind: 'fine' }, value: undefined };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { fact: { kind: 'malformed' }, value: undefined };
  }
  const schema = jsonSchemaOf(requestBody);
  if (!schema) return { fact: { kind: 'fine' }, value };
  const result = validatorFor(schema).validate(value);
  if (result.valid) return { fact: { kind: 'fine' }, value };
  return { fact: { kind: 'invalid', message: describeViolation(result.errors, schema) }, value };
}

/** The schema of the request body's JSON media type, if it has one. */
export function jsonSchemaOf(requestBody: RequestBodyModel): JsonSchema | undefined {
  return requestBody.content.find((media) => /json/i.test(media.mediaType))?.schema;
}

/** The first example of the operation's JSON request body. */
export function exampleBody(operation: OperationModel): unknown {
  const media = operation.requestBody?.content.find((candidate) =>
    /json/i.test(candidate.mediaType),
  );
  return media?.examples[0]?.value;
}
