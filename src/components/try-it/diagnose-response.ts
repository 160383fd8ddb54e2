import { parseErrorEnvelope, readErrorEnvelope } from '../../lib/openapi/error-envelope.ts';
import { findResponse } from '../../lib/openapi/find-response.ts';
import type { OperationModel } from '../../lib/openapi/model.ts';
import type { Diagnosis } from './diagnose.ts';

/**
 * What an HTTP error means and what to do, from the contract: the documented example with the
 * same status and code carries the advice; else the response's description. Undefined for
 * successes.
 */
export function diagnoseResponse(
  operation: OperationModel,
  status: number,
  bodyText: string | undefined,
): Diagnosis | undefined {
  if (status < 400) return undefined;
  const envelope = parseErrorEnvelope(bodyText);
  const response = findResponse(operation, status);
  const examples = response?.content.flatMap((media) => media.examples) ?? [];
  const documented = examples.find(
    (example) => readErrorEnvelope(example.value)?.code === envelope?.code,
  );
  const title = envelope?.code
    ? `${envelope.code}: ${envelope.message ?? ''}`.trim()
    : `HTTP ${status}`;
  const details: string[] = [];
  if (documented?.description) details.push(documented.description);
  else if (response?.description) details.push(response.description);
  if (!response) details.push(`The contract does not document a ${status} for this operation.`);
  if (!envelope)
    details.push(
      'The body is not the documented error envelope ({"error": {"status", "code", "message"}}).',
    );
  return { tone: 'danger', title, details };
}
