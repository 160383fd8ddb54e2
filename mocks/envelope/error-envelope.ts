import type { ErrorEnvelope } from '../../src/lib/openapi/error-envelope.ts';
import type { OperationModel } from '../../src/lib/openapi/model.ts';
import {
  exampleErrorCode,
  exampleErrorMessage,
  findErrorExample,
} from '../selection/operation-responses.ts';

/** Codes and messages for an error the operation has no example of (the contract's usual wording). */
const FALLBACKS: Record<string, { code: string; message: string }> = {
  '400': { code: 'invalid_request', message: 'The request was rejected.' },
  '401': { code: 'unauthorized', message: 'Provide Authorization: Bearer <token>.' },
  '403': { code: 'read_only', message: 'Enable Full Automation to perform this action.' },
  '404': { code: 'not_found', message: 'session not found' },
  '501': { code: 'unavailable', message: 'This service is unavailable.' },
};

/**
 * The envelope of an error the operation documents: code and message from the contract's example
 * for that status (the one with `code`, when given), `message` replacing the example's when given.
 */
export function buildErrorEnvelope(
  operation: OperationModel,
  status: string,
  code?: string,
  message?: string,
): ErrorEnvelope {
  const example = findErrorExample(operation, status, code);
  const fallback = FALLBACKS[status] ?? { code: 'error', message: 'The request failed.' };
  return {
    error: {
      status: Number(status),
      code: code ?? exampleErrorCode(example) ?? fallback.code,
      message: message ?? exampleErrorMessage(example) ?? fallback.message,
    },
  };
}
