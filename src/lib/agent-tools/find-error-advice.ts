import type { OperationModel } from '../openapi/model.ts';
import { findResponse } from '../openapi/find-response.ts';

/**
 * What an error answer means and what to do, in the contract's words, as the reference and the
 * try-it panel show it: the description of the documented example with the same status and
 * `error.code`, else the description of the response for that status (or its `4XX`, `default`).
 */
export function findErrorAdvice(
  operation: OperationModel,
  status: number,
  code: string | undefined,
): string | undefined {
  const response = findResponse(operation, status);
  const examples = response?.content.flatMap((media) => media.examples) ?? [];
  const documented = examples.find(
    (example) =>
      (example.value as { error?: { code?: unknown } } | undefined)?.error?.code === code,
  );
  return documented?.description?.trim() || response?.description.trim() || undefined;
}
