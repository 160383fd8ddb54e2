import { findResponse } from '../../src/lib/openapi/find-response.ts';
import type { OperationModel } from '../../src/lib/openapi/model.ts';
import { ajvValidatorFor } from '../../tools/ajv-validator.ts';

/** A response read for checking: its status, content type and parsed body. */
export interface CheckedResponse {
  status: number;
  contentType: string;
  /** The parsed body; tests read into it freely. */
  body: any;
  /** Ways the response breaks the contract; empty when it matches. */
  problems: string[];
}

/**
 * Checks a response against the operation's contract, independently of the mock's own code:
 * the status is documented, the content type is the documented JSON, the body validates
 * against the documented schema (JSON Schema 2020-12, with formats).
 */
export async function checkResponse(
  operation: OperationModel,
  response: Response,
): Promise<CheckedResponse> {
  const contentType = response.headers.get('Content-Type') ?? '';
  const text = await response.text();
  const problems: string[] = [];
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push(`body is not JSON: ${text.slice(0, 120)}`);
  }
  const documented = findResponse(operation, response.status);
  if (!documented) {
    problems.push(
      `${operation.id} does not document ${response.status} (documents ${operation.responses.map((candidate) => candidate.status).join(', ')})`,
    );
    return { status: response.status, contentType, body, problems };
  }
  const media = documented.content.find((candidate) => contentType.startsWith(candidate.mediaType));
  if (!media)
    problems.push(`content type "${contentType}" is not documented for ${response.status}`);
  else if (media.schema && body !== undefined) {
    const validate = ajvValidatorFor(media.schema);
    if (!validate(body))
      problems.push(
        ...(validate.errors ?? []).map(
          (error) => `body${error.instancePath} ${error.message ?? ''}`,
        ),
      );
  }
  return { status: response.status, contentType, body, problems };
}
