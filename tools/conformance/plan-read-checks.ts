import type { ApiModel, OperationModel, ParameterModel } from '../../src/lib/openapi/model.ts';
import {
  skipped,
  type CheckResult,
  type PlannedCheck,
  type PlannedRequest,
} from './check-model.ts';
import { errorOutcome, serviceOutcomes, successOutcomes } from './expected-outcomes.ts';
import { toText } from '../../src/lib/openapi/to-text.ts';

/** A session id no library holds, for the 404 checks. */
export const UNKNOWN_ID = 'sessiondock-conformance-no-such-session';

/**
 * Values that must come from the reader's library, never from the contract's examples (those
 * name sessions that exist only in the docs): the session id and the preview variant.
 */
export const LIBRARY_PARAMETERS = ['id', 'variantId'] as const;

/** Ids found in the reader's library; absent when the library has none (with the reason). */
export interface Subject {
  values: { id?: string | undefined; variantId?: string | undefined };
  reason?: string | undefined;
}

/** A planned check, or the result of one that cannot run. */
export type Planned = PlannedCheck | CheckResult;

/** Whether an operation only reads (GET or HEAD). */
export function isRead(operation: OperationModel): boolean {
  return operation.method === 'get' || operation.method === 'head';
}

/**
 * The safe checks of every read operation, derived from the contract: the documented request
 * (library ids, required parameters), the same with every documented parameter example, no
 * token (401), a wrong token on the health check (401), and an unknown session id (404).
 */
export function planReadChecks(model: ApiModel, subject: Subject, healthId: string): Planned[] {
  const planned: Planned[] = [];
  for (const operation of model.operations.filter(isRead)) {
    const needsPreview =
      operation.parameters.some((parameter) => parameter.name === 'variantId') &&
      subject.values.variantId === undefined;
    const documented = needsPreview
      ? `no session in the library has a preview${subject.reason ? ` (${subject.reason})` : ''}`
      : requestFor(operation, subject, 'required');
    const accepted = [...successOutcomes(operation), ...serviceOutcomes(operation)];
    if (typeof documented === 'string')
      planned.push(skipped(operation, 'documented request', documented));
    else {
      planned.push({
        operation,
        purpose: 'documented request',
        request: documented,
        expect: accepted,
      });
      const full = requestFor(operation, subject, 'all');
      if (typeof full !== 'string' && full.query.length > documented.query.length) {
        planned.push({
          operation,
          purpose: 'documented parameters',
          request: full,
          expect: accepted,
        });
      }
    }
    const anonymous = requestFor(operation, { values: { id: UNKNOWN_ID } }, 'required');
    if (typeof anonymous !== 'string') {
      const unauthorized = errorOutcome(operation, 401);
      if (unauthorized.length > 0)
        planned.push({
          operation,
          purpose: 'no token',
          request: { ...anonymous, auth: 'none' },
          expect: unauthorized,
        });
      if (unauthorized.length > 0 && operation.id === healthId)
        planned.push({
          operation,
          purpose: 'wrong token',
          request: { ...anonymous, auth: 'wrong' },
          expect: unauthorized,
        });
      const notFound = errorOutcome(operation, 404);
      if (notFound.length > 0 && hasPathParameter(operation, 'id'))
        planned.push({ operation, purpose: 'unknown id', request: anonymous, expect: notFound });
    }
  }
  return planned;
}

/**
 * The request for an operation with the required or all parameters filled (library values for
 * `id` and `variantId`, documented examples for the rest), or why it cannot be built.
 */
export function requestFor(
  operation: OperationModel,
  subject: Subject,
  which: 'required' | 'all',
): PlannedRequest | string {
  let path = operation.path;
  const query: Array<[string, string]> = [];
  for (const parameter of operation.parameters) {
    if (parameter.in === 'header' || parameter.in === 'cookie') continue;
    const value = valueFor(parameter, subject);
    if (!parameter.required && which === 'required') continue;
    if (value === undefined) {
      if (parameter.required)
        return `no value for ${parameter.name}${subject.reason ? `: ${subject.reason}` : ''}`;
      continue;
    }
    if (parameter.in === 'path')
      path = path.replace(`{${parameter.name}}`, encodeURIComponent(value));
    else query.push([parameter.name, value]);
  }
  return { method: operation.method.toUpperCase(), path, query, auth: 'token' };
}

function valueFor(parameter: ParameterModel, subject: Subject): string | undefined {
  if ((LIBRARY_PARAMETERS as readonly string[]).includes(parameter.name))
    return subject.values[parameter.name as 'id' | 'variantId'];
  const example = parameter.example;
  if (example === undefined || example === null) return undefined;
  return Array.isArray(example) ? example.map(toText).join(',') : toText(example);
}

/** Whether the operation's path has this parameter. */
export function hasPathParameter(operation: OperationModel, name: string): boolean {
  return operation.parameters.some(
    (parameter) => parameter.in === 'path' && parameter.name === name,
  );
}
