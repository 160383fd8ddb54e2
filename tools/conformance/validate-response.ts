import { findResponse } from '../../src/lib/openapi/find-response.ts';
import type { OperationModel, ResponseModel } from '../../src/lib/openapi/model.ts';
import { ajvValidatorFor } from '../ajv-validator.ts';
import type { Problem } from './check-model.ts';

/** A response as the run read it. */
export interface ReadResponse {
  status: number;
  contentType: string;
  text: string;
}

/**
 * Checks a response against the operation's contract: the status is documented, the content
 * type is a documented media type, the body is valid against its schema (JSON Schema 2020-12
 * with formats), and an error has the published envelope `{"error":{"status","code","message"}}`
 * with the HTTP status repeated. Each problem names the contract's schema path where it has one.
 */
export function validateResponse(
  operation: OperationModel,
  response: ReadResponse,
): { body: unknown; problems: Problem[] } {
  const problems: Problem[] = [];
  let body: unknown;
  if (response.text !== '') {
    try {
      body = JSON.parse(response.text);
    } catch {
      problems.push({ message: `body is not JSON: ${JSON.stringify(response.text.slice(0, 80))}` });
    }
  }
  const documented = findResponse(operation, response.status);
  const responsesPointer = `${operationPointer(operation)}/responses`;
  if (!documented) {
    const statuses = operation.responses.map((candidate) => candidate.status).join(', ');
    problems.push({
      message: `${response.status} is not documented for ${operation.id} (documents ${statuses})`,
      schemaPath: responsesPointer,
    });
  } else {
    problems.push(
      ...checkContent(
        documented,
        response.contentType,
        body,
        `${responsesPointer}/${documented.status}`,
      ),
    );
  }
  if (response.status >= 400 && body !== undefined)
    problems.push(...checkEnvelope(body, response.status));
  return { body, problems };
}

function checkContent(
  documented: ResponseModel,
  contentType: string,
  body: unknown,
  pointer: string,
): Problem[] {
  const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const media = documented.content.find(
    (candidate) => candidate.mediaType.toLowerCase() === essence,
  );
  if (documented.content.length === 0) return [];
  if (!media) {
    const listed = documented.content.map((candidate) => candidate.mediaType).join(', ');
    return [
      {
        message: `content type "${contentType || '(none)'}" is not documented for ${documented.status} (documents ${listed})`,
        schemaPath: `${pointer}/content`,
      },
    ];
  }
  if (!media.schema || body === undefined) return [];
  const validate = ajvValidatorFor(media.schema);
  if (validate(body)) return [];
  const schemaPointer = `${pointer}/content/${escape(media.mediaType)}/schema`;
  return (validate.errors ?? []).map((error) => ({
    message: `body${error.instancePath} ${error.message ?? 'is invalid'}${describeParams(error.params)}`,
    schemaPath: `${schemaPointer}${error.schemaPath.replace(/^#/, '')}`,
    instancePath: error.instancePath,
  }));
}

/** The published error envelope, independent of the documented schema (it also covers undocumented statuses). */
export function checkEnvelope(body: unknown, status: number): Problem[] {
  const error = (body as { error?: unknown } | null)?.error;
  if (error === null || typeof error !== 'object' || Array.isArray(error)) {
    return [{ message: 'error envelope: the body has no "error" object' }];
  }
  const fields = error as Record<string, unknown>;
  const problems: Problem[] = [];
  for (const [name, type] of [
    ['status', 'number'],
    ['code', 'string'],
    ['message', 'string'],
  ] as const) {
    if (!(name in fields))
      problems.push({
        message: `error envelope: error.${name} is missing`,
        instancePath: `/error/${name}`,
      });
    else if (typeof fields[name] !== type)
      problems.push({
        message: `error envelope: error.${name} is not a ${type}`,
        instancePath: `/error/${name}`,
      });
  }
  if (typeof fields.status === 'number' && fields.status !== status) {
    problems.push({
      message: `error envelope: error.status is ${fields.status}, the HTTP status is ${status}`,
      instancePath: '/error/status',
    });
  }
  return problems;
}

/** `#/paths/~1sessions~1{id}/get`: where the operation sits in the contract. */
export function operationPointer(operation: OperationModel): string {
  return `#/paths/${escape(operation.path)}/${operation.method}`;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describeParams(params: Record<string, unknown>): string {
  if (typeof params.additionalProperty === 'string') return ` (${params.additionalProperty})`;
  if (Array.isArray(params.allowedValues))
    return ` (${params.allowedValues.map(String).join(', ')})`;
  return '';
}
