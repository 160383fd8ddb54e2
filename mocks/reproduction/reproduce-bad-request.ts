import type { ExampleModel, OperationModel } from '../../src/lib/openapi/model.ts';
import { listBodyViolations } from './body-violations.ts';
import { failureFlagOf, type MockFlags } from '../app/mock-flags.ts';
import { exampleErrorCode, exampleErrorMessage } from '../selection/operation-responses.ts';
import { listQueryViolations } from './query-violations.ts';
import { exampleBody, jsonSchemaOf } from '../selection/read-body.ts';
import type { Reproduction } from './reproduction.ts';
import { INVALID_JSON, INVALID_REQUEST } from '../selection/select-response.ts';
import { failureCodeOf } from '../selection/service-codes.ts';

/** A request body that is not JSON. */
export const MALFORMED_BODY = '{"title": "Midnight Drive",';

/**
 * How to reach a documented 400: a body that is not JSON, a body or query that breaks the schema
 * (the field the example's message names first, when it can), or a simulated action failure.
 */
export function reproduceBadRequest(
  operation: OperationModel,
  base: Reproduction,
  example: ExampleModel | undefined,
): Reproduction | undefined {
  const code = exampleErrorCode(example);
  if (code === INVALID_JSON && operation.requestBody)
    return { ...base, body: MALFORMED_BODY, summary: 'Send a body that is not valid JSON.' };
  if (code === INVALID_REQUEST) {
    const field = exampleErrorMessage(example)?.split(' ')[0] ?? '';
    const schema = operation.requestBody ? jsonSchemaOf(operation.requestBody) : undefined;
    const bodies = schema ? listBodyViolations(schema, exampleBody(operation) ?? {}) : [];
    const body = bodies.find((violation) => violation.name.startsWith(`${field} `)) ?? bodies[0];
    if (body)
      return {
        ...base,
        body: JSON.stringify(body.body),
        summary: `Send a body where ${body.name}.`,
      };
    const queries = listQueryViolations(operation);
    const query = queries.find((violation) => violation.name.startsWith(`${field} `)) ?? queries[0];
    if (query)
      return {
        ...base,
        query: { ...base.query, ...query.query },
        summary: `Send a query where ${query.name}.`,
      };
  }
  if (code !== undefined && code === failureCodeOf(operation)) {
    const state = { [failureFlagOf(code)]: true } as Partial<MockFlags>;
    return { ...base, state, summary: `Make the simulated app fail this action (${code}).` };
  }
  return undefined;
}
