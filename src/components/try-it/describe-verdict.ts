import type { OperationModel } from '../../lib/openapi/model.ts';
import type { ContractDifference, ContractVerdict } from './check-against-contract.ts';

/** The one line under a response, and how it should look. */
export interface VerdictSummary {
  tone: 'success' | 'caution' | 'danger';
  text: string;
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** One difference as a sentence: "`meta.total` should be an integer, got a string ("12")." */
export function describeDifference(difference: ContractDifference): string {
  const { path, expected, got } = difference;
  if (difference.kind === 'undescribed') {
    const field = /`([^`]+)`/.exec(expected)?.[1] ?? '';
    return `${path === '(body)' ? 'The body' : `\`${path}\``} has a field \`${field}\` the contract does not describe (${got}).`;
  }
  if (expected === 'a required field') return `\`${path}\` is required but missing.`;
  if (path === '(content type)') return `The content type should be ${expected}, got ${got}.`;
  return `${path === '(body)' ? 'The body' : `\`${path}\``} should be ${expected}, got ${got}.`;
}

/** The verdict in one line: documented or not, valid or not, and how many differences. */
export function summarizeVerdict(
  operation: OperationModel,
  status: number,
  verdict: ContractVerdict,
): VerdictSummary {
  if (verdict.documentedAs === undefined) {
    const documented = operation.responses.map((response) => response.status).join(', ');
    return {
      tone: 'danger',
      text: `Not in the contract: this operation documents no ${status} response (it documents ${documented}).`,
    };
  }
  const as =
    verdict.documentedAs === String(status)
      ? `${status}`
      : `${status} (documented as ${verdict.documentedAs})`;
  const violations = verdict.differences.filter(
    (difference) => difference.kind === 'violation',
  ).length;
  const undescribed = verdict.differences.length - violations;
  if (violations > 0) {
    const extra =
      undescribed > 0 ? `, and ${plural(undescribed, 'field')} it does not describe` : '';
    return {
      tone: 'danger',
      text: `Does not match the contract: ${plural(violations, 'difference')} from the documented ${as}${extra}.`,
    };
  }
  if (undescribed > 0)
    return {
      tone: 'caution',
      text: `Valid against the contract's ${as} schema, with ${plural(undescribed, 'field')} it does not describe.`,
    };
  if (!verdict.bodyChecked)
    return {
      tone: 'success',
      text: `Matches the contract: ${as} is documented (the body has no schema to check).`,
    };
  return {
    tone: 'success',
    text: `Matches the contract: ${as} is documented and the body is valid against its schema.`,
  };
}
