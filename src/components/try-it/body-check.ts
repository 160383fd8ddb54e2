import type { JsonSchema } from '../../lib/openapi/model.ts';
import { describeViolation } from '../../lib/openapi/describe-violation.ts';
import { validatorFor } from '../../lib/openapi/schema-validator.ts';

/** The verdict on the body being typed: fine, or a problem with its location. */
export type BodyCheck = { ok: true } | { ok: false; problem: string };

/**
 * Checks a request body as the reader types: JSON syntax first (the engine's message carries
 * the position), then the request schema, in the same words the mock uses for its 400.
 */
export function checkBody(text: string, schema: JsonSchema | undefined): BodyCheck {
  if (text.trim() === '')
    return { ok: false, problem: 'The body is empty; this operation expects JSON.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problem: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (!schema) return { ok: true };
  const result = validatorFor(schema).validate(value);
  return result.valid
    ? { ok: true }
    : { ok: false, problem: describeViolation(result.errors, schema) };
}
