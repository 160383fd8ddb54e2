import type { ApiModel, OperationModel } from '../../src/lib/openapi/model.ts';
import { skipped, type PlannedCheck } from './check-model.ts';
import {
  actionFailureOutcomes,
  errorOutcome,
  serviceOutcomes,
  successOutcomes,
} from './expected-outcomes.ts';
import {
  hasPathParameter,
  isRead,
  requestFor,
  UNKNOWN_ID,
  type Planned,
} from './plan-read-checks.ts';

/** A body cut off mid-value: no JSON parser accepts it. */
export const MALFORMED_BODY = '{"conformance": ';

/** The operations that make and remove the scratch session, and the read that shows it is gone. */
export interface ScratchOperations {
  create: OperationModel;
  remove: OperationModel;
  read?: OperationModel | undefined;
}

/**
 * Safe without --allow-writes: a malformed body to every write that documents 400
 * `invalid_json`, on an unknown id. It relies on the contract's precedence (the token is checked
 * first, then the body is parsed, before the mode, the id or anything else), so the app rejects
 * the request before acting; the unknown id keeps even a different order harmless.
 */
export function planMalformedBodyChecks(model: ApiModel): Planned[] {
  return model.operations
    .filter((operation) => !isRead(operation) && operation.requestBody)
    .flatMap((operation): Planned[] => {
      const expect = errorOutcome(operation, 400, 'invalid_json');
      const request = requestFor(operation, { values: { id: UNKNOWN_ID } }, 'required');
      if (expect.length === 0 || typeof request === 'string') return [];
      return [
        {
          operation,
          purpose: 'malformed body',
          request: { ...request, body: MALFORMED_BODY, bodyLabel: `${MALFORMED_BODY}(cut off)` },
          expect,
        },
      ];
    });
}

/** The collection POST whose item path has a DELETE (`POST /sessions` and `DELETE /sessions/{id}`). */
export function findScratchOperations(model: ApiModel): ScratchOperations | undefined {
  for (const create of model.operations.filter(
    (operation) => operation.method === 'post' && !operation.path.includes('{'),
  )) {
    const itemPath = new RegExp(`^${create.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}/\\{id\\}$`);
    const remove = model.operations.find(
      (operation) => operation.method === 'delete' && itemPath.test(operation.path),
    );
    if (remove)
      return {
        create,
        remove,
        read: model.operations.find(
          (operation) => operation.method === 'get' && operation.path === remove.path,
        ),
      };
  }
  return undefined;
}

/** Creates the scratch session from the smallest documented request example, titled so the reader can tell it apart. */
export function planScratchCreate(scratch: ScratchOperations, title: string): PlannedCheck {
  const example = smallestExample(scratch.create) ?? {};
  const body = JSON.stringify({ ...example, title });
  return {
    operation: scratch.create,
    purpose: 'create scratch session',
    request: { method: 'POST', path: scratch.create.path, query: [], body, auth: 'token' },
    expect: successOutcomes(scratch.create),
  };
}

/**
 * Every other write, on the scratch session only: its documented request example (accepting a
 * documented 501 or action failure, and 404 where a preview is needed, since the scratch session
 * has none), no token (401) and an unknown id (404). Writes that do not name a session are not
 * run: they would change the library outside the scratch session.
 */
export function planScratchChecks(
  model: ApiModel,
  scratch: ScratchOperations,
  scratchId: string,
): Planned[] {
  const planned: Planned[] = [];
  for (const operation of model.operations.filter(
    (candidate) =>
      !isRead(candidate) && candidate !== scratch.create && candidate !== scratch.remove,
  )) {
    if (!hasPathParameter(operation, 'id')) {
      planned.push(
        skipped(
          operation,
          'write on scratch session',
          'not run: it would change the library outside the scratch session',
        ),
      );
      continue;
    }
    const request = withExampleBody(
      operation,
      requestFor(operation, { values: { id: scratchId } }, 'required'),
    );
    const unknown = withExampleBody(
      operation,
      requestFor(operation, { values: { id: UNKNOWN_ID } }, 'required'),
    );
    if (typeof request === 'string' || typeof unknown === 'string') {
      planned.push(
        skipped(
          operation,
          'write on scratch session',
          typeof request === 'string' ? request : (unknown as string),
        ),
      );
      continue;
    }
    const needsPreview = operation.parameters.some((parameter) => parameter.name === 'variantId');
    planned.push({
      operation,
      purpose: 'write on scratch session',
      request,
      expect: [
        ...successOutcomes(operation),
        ...serviceOutcomes(operation),
        ...actionFailureOutcomes(operation),
        ...(needsPreview ? errorOutcome(operation, 404) : []),
      ],
      note: needsPreview ? 'the scratch session has no preview, so 404 is expected' : undefined,
    });
    planned.push(...planRefusals(operation, request, unknown));
  }
  return planned;
}

/** Deletes the scratch session (after its refusals: no token, unknown id), then checks it is gone. */
export function planScratchCleanup(scratch: ScratchOperations, scratchId: string): PlannedCheck[] {
  const path = scratch.remove.path.replace('{id}', encodeURIComponent(scratchId));
  const request = { method: 'DELETE', path, query: [], auth: 'token' as const };
  const checks: PlannedCheck[] = [
    ...planRefusals(scratch.remove, request, {
      ...request,
      path: scratch.remove.path.replace('{id}', UNKNOWN_ID),
    }),
    {
      operation: scratch.remove,
      purpose: 'delete scratch session',
      request,
      expect: successOutcomes(scratch.remove),
    },
  ];
  if (scratch.read) {
    checks.push({
      operation: scratch.read,
      purpose: 'scratch session is gone',
      request: { ...request, method: 'GET' },
      expect: errorOutcome(scratch.read, 404),
    });
  }
  return checks;
}

function planRefusals(
  operation: OperationModel,
  request: PlannedCheck['request'],
  unknown: PlannedCheck['request'],
): PlannedCheck[] {
  const checks: PlannedCheck[] = [];
  const unauthorized = errorOutcome(operation, 401);
  if (unauthorized.length > 0)
    checks.push({
      operation,
      purpose: 'no token',
      request: { ...request, auth: 'none' },
      expect: unauthorized,
    });
  const notFound = errorOutcome(operation, 404);
  if (notFound.length > 0)
    checks.push({ operation, purpose: 'unknown id', request: unknown, expect: notFound });
  return checks;
}

function withExampleBody(
  operation: OperationModel,
  request: PlannedCheck['request'] | string,
): PlannedCheck['request'] | string {
  if (typeof request === 'string' || !operation.requestBody) return request;
  const example = operation.requestBody.content[0]?.examples[0];
  if (!example) return `no request example to send for ${operation.id}`;
  return { ...request, body: JSON.stringify(example.value) };
}

function smallestExample(operation: OperationModel): Record<string, unknown> | undefined {
  const values = (operation.requestBody?.content[0]?.examples ?? [])
    .map((example) => example.value)
    .filter(
      (value): value is Record<string, unknown> =>
        value !== null && typeof value === 'object' && !Array.isArray(value),
    );
  return values.sort((a, b) => Object.keys(a).length - Object.keys(b).length)[0];
}
