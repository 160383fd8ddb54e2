import type { OutputUnit } from '@cfworker/json-schema';
import { describeSchema, toFieldPath } from '../../lib/openapi/describe-violation.ts';
import { findResponse } from '../../lib/openapi/find-response.ts';
import type { JsonSchema, OperationModel } from '../../lib/openapi/model.ts';
import { validatorFor } from '../../lib/openapi/schema-validator.ts';
import { findUndescribedFields } from './find-undescribed-fields.ts';

/** One way an answer differs from the contract: where, what the contract says, what came back. */
export interface ContractDifference {
  /** `meta.total`, `data.previews[0]`, or `(body)` for the body as a whole. */
  path: string;
  expected: string;
  got: string;
  /** A violation breaks the schema; an undescribed field is allowed by it but not documented. */
  kind: 'violation' | 'undescribed';
}

/** Whether an answer matches the contract, and each difference when it does not. */
export interface ContractVerdict {
  /** The contract's status key that documents the answer (`200`, `4XX`, `default`), if any. */
  documentedAs: string | undefined;
  /** Whether the body was checked against a schema (false for binary bodies and schema-less responses). */
  bodyChecked: boolean;
  differences: ContractDifference[];
}

/** The value and its kind in a few words: `a string ("12")`, `an array of 3 items`, `null`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (missing)';
  if (value === null) return 'null';
  if (Array.isArray(value))
    return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'string')
    return `a string (${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
  if (typeof value === 'number')
    return `${Number.isInteger(value) ? 'an integer' : 'a number'} (${value})`;
  if (typeof value === 'boolean') return String(value);
  return 'an object';
}

function segmentsOf(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function at(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) node = (node as Record<string, unknown> | undefined)?.[segment];
  return node;
}

const pathOf = (segments: readonly string[]): string =>
  segments.length === 0 ? '(body)' : toFieldPath(segments);

/** What a failed keyword asked for, in words. */
function expectation(unit: OutputUnit, rule: JsonSchema): string {
  switch (unit.keyword) {
    case 'type':
      return describeSchema(rule);
    case 'enum':
      return `one of ${(rule.enum as unknown[]).map((value) => JSON.stringify(value)).join(', ')}`;
    case 'const':
      return JSON.stringify(rule.const);
    case 'oneOf':
    case 'anyOf':
      return (rule[unit.keyword] as JsonSchema[])
        .map((branch) => describeSchema(branch))
        .join(', or ');
    case 'format':
      return `a valid ${String(rule.format)}`;
    case 'pattern':
      return `a string matching ${String(rule.pattern)}`;
    case 'minLength':
      return `at least ${String(rule.minLength)} characters`;
    case 'maxLength':
      return `at most ${String(rule.maxLength)} characters`;
    case 'minItems':
      return `at least ${String(rule.minItems)} items`;
    case 'maxItems':
      return `at most ${String(rule.maxItems)} items`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return describeSchema(rule);
    default:
      return unit.error;
  }
}

/** Keywords that only say something beneath them failed; the failure beneath is reported instead. */
const WRAPPERS = new Set([
  'properties',
  'items',
  'prefixItems',
  'additionalProperties',
  'allOf',
  '$ref',
  'unevaluatedProperties',
]);

/** The schema validator's output as differences, one per failure, branches of a oneOf folded into it. */
export function toDifferences(
  errors: readonly OutputUnit[],
  schema: JsonSchema,
  body: unknown,
): ContractDifference[] {
  const folded = errors
    .filter((unit) => unit.keyword === 'oneOf' || unit.keyword === 'anyOf')
    .map((unit) => `${unit.keywordLocation}/`);
  const differences: ContractDifference[] = [];
  for (const unit of errors) {
    if (
      WRAPPERS.has(unit.keyword) ||
      folded.some((prefix) => unit.keywordLocation.startsWith(prefix))
    )
      continue;
    const where = segmentsOf(unit.instanceLocation);
    const rule = at(schema, segmentsOf(unit.keywordLocation).slice(0, -1)) as JsonSchema;
    if (unit.keyword === 'required') {
      const field = /"([^"]+)"/.exec(unit.error)?.[1] ?? 'a field';
      differences.push({
        path: pathOf([...where, field]),
        expected: 'a required field',
        got: 'nothing (missing)',
        kind: 'violation',
      });
    } else if (unit.keyword === 'false') {
      differences.push({
        path: pathOf(where),
        expected: 'no such field (the contract forbids others)',
        got: describeValue(at(body, where)),
        kind: 'violation',
      });
    } else {
      differences.push({
        path: pathOf(where),
        expected: expectation(unit, rule),
        got: describeValue(at(body, where)),
        kind: 'violation',
      });
    }
  }
  return differences;
}

/**
 * Checks one answer against the operation's contract: is the status documented, is the content
 * type the documented one, and is the body valid against that status's schema (plus the fields
 * the schema allows but does not describe). Runs without `eval`, so under the site's CSP.
 */
export function checkAgainstContract(
  operation: OperationModel,
  status: number,
  contentType: string,
  bodyText: string | undefined,
): ContractVerdict {
  const response = findResponse(operation, status);
  if (!response) return { documentedAs: undefined, bodyChecked: false, differences: [] };
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const differences: ContractDifference[] = [];
  if (response.content.length === 0) {
    if (bodyText)
      differences.push({
        path: '(body)',
        expected: 'no body',
        got: `${mediaType || 'a body'} of ${bodyText.length} characters`,
        kind: 'violation',
      });
    return { documentedAs: response.status, bodyChecked: false, differences };
  }
  const media = response.content.find(
    (candidate) => candidate.mediaType.toLowerCase() === mediaType,
  );
  if (!media) {
    const documented = response.content.map((candidate) => candidate.mediaType).join(' or ');
    differences.push({
      path: '(content type)',
      expected: documented,
      got: mediaType || 'none',
      kind: 'violation',
    });
    return { documentedAs: response.status, bodyChecked: false, differences };
  }
  if (!media.schema || bodyText === undefined || !/json/.test(mediaType))
    return { documentedAs: response.status, bodyChecked: false, differences };
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    differences.push({
      path: '(body)',
      expected: 'JSON',
      got: 'text that is not JSON',
      kind: 'violation',
    });
    return { documentedAs: response.status, bodyChecked: true, differences };
  }
  const result = validatorFor(media.schema).validate(body);
  if (!result.valid) differences.push(...toDifferences(result.errors, media.schema, body));
  for (const segments of findUndescribedFields(media.schema, body)) {
    const field = segments.at(-1) ?? '';
    differences.push({
      path: pathOf(segments.slice(0, -1)),
      expected: `no field \`${field}\` (the contract does not describe it)`,
      got: describeValue(at(body, segments)),
      kind: 'undescribed',
    });
  }
  return { documentedAs: response.status, bodyChecked: true, differences };
}
