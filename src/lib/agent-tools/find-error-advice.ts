import type { OperationModel } from '../openapi/model.ts';

/**
 * What an error answer means and what to do, in the contract's words, as the reference and the
 * try-it panel show it: the description of the documented example with the same status and
 * `error.code`, else the description of the response for that status (or its `4XX`, `default`).
 */
export function findErrorAdvice(operation: OperationModel, status: number, code: string | undefined): string | undefined {
  const response = operation.responses.find((candidate) => candidate.status === String(status))
    ?? operation.responses.find((candidate) => candidate.status === `${String(status)[0]}XX`)
    ?? operation.responses.find((candidate) => candidate.status === 'default');
  const examples = response?.content.flatMap((media) => media.examples) ?? [];
  const documented = examples.find((example) => (example.value as { error?: { code?: unknown } } | undefined)?.error?.code === code);
  return documented?.description?.trim() || response?.description.trim() || undefined;
}
