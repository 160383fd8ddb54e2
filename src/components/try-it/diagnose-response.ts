import type { OperationModel } from '../../lib/openapi/model.ts';
import type { Diagnosis } from './diagnose.ts';

interface ErrorEnvelope {
  error: { status?: number; code?: string; message?: string };
}

function readEnvelope(bodyText: string | undefined): ErrorEnvelope['error'] | undefined {
  try {
    const { error } = JSON.parse(bodyText ?? '') as { error?: unknown };
    return typeof error === 'object' && error !== null ? error : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What an HTTP error means and what to do, from the contract: the documented example with the
 * same status and code carries the advice; else the response's description. Undefined for
 * successes.
 */
export function diagnoseResponse(operation: OperationModel, status: number, bodyText: string | undefined): Diagnosis | undefined {
  if (status < 400) return undefined;
  const envelope = readEnvelope(bodyText);
  const response = operation.responses.find((candidate) => candidate.status === String(status))
    ?? operation.responses.find((candidate) => candidate.status === `${String(status)[0]}XX`)
    ?? operation.responses.find((candidate) => candidate.status === 'default');
  const examples = response?.content.flatMap((media) => media.examples) ?? [];
  const documented = examples.find((example) => (example.value as Partial<ErrorEnvelope> | undefined)?.error?.code === envelope?.code);
  const title = envelope?.code ? `${envelope.code}: ${envelope.message ?? ''}`.trim() : `HTTP ${status}`;
  const details: string[] = [];
  if (documented?.description) details.push(documented.description);
  else if (response?.description) details.push(response.description);
  if (!response) details.push(`The contract does not document a ${status} for this operation.`);
  if (!envelope) details.push('The body is not the documented error envelope ({"error": {"status", "code", "message"}}).');
  return { tone: 'danger', title, details };
}
