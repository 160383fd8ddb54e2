import type { OperationModel, ResponseModel } from './model.ts';

/**
 * The documented response for a status, as OpenAPI resolves it: the exact status (`404`), then
 * its range (`4XX`, in any case), then `default`. A status written as the contract writes it
 * (`4XX`, `default`) finds that entry. Undefined when the operation documents none of them.
 */
export function findResponse(
  operation: Pick<OperationModel, 'responses'>,
  status: number | string,
): ResponseModel | undefined {
  const wanted = String(status);
  const { responses } = operation;
  const exact = responses.find(
    (response) => response.status.toUpperCase() === wanted.toUpperCase(),
  );
  if (exact) return exact;
  const range = /^[1-5]\d\d$/.test(wanted)
    ? responses.find((response) => response.status.toUpperCase() === `${wanted[0]}XX`)
    : undefined;
  return range ?? responses.find((response) => response.status === 'default');
}
