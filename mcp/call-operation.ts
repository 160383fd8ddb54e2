import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { findErrorAdvice } from '../src/lib/agent-tools/find-error-advice.ts';
import { describeViolation } from '../src/lib/openapi/describe-violation.ts';
import { readErrorEnvelope } from '../src/lib/openapi/error-envelope.ts';
import { validatorFor } from '../src/lib/openapi/schema-validator.ts';
import type { ApiAnswer, ApiCall, ApiConnection } from './api-connection.ts';
import type { OperationTool } from './operation-tools.ts';

/** A tool result that reports a problem to the model (`isError`), never a protocol error. */
export function toolError(text: string, structured?: Record<string, unknown>): CallToolResult {
  return {
    isError: true,
    content: [{ type: 'text', text }],
    ...(structured ? { structuredContent: structured } : {}),
  };
}

/** The request a tool call makes, or a sentence saying which argument is wrong. */
export function toApiCall(
  entry: OperationTool,
  args: Record<string, unknown>,
): ApiCall | { problem: string } {
  const schema = entry.agentTool.parameters;
  const result = validatorFor(schema).validate(args);
  if (!result.valid) return { problem: describeViolation(result.errors, schema) };
  const { request } = entry.agentTool;
  const path = request.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(toText(args[name])),
  );
  const query = request.queryParameters.flatMap((name) => {
    const value = args[name];
    if (value === undefined) return [];
    const parameter = entry.operation.parameters.find(
      (candidate) => candidate.name === name && candidate.in === 'query',
    );
    if (Array.isArray(value)) {
      return parameter?.explode === false
        ? [[name, value.map(toText).join(',')] as const]
        : value.map((item) => [name, toText(item)] as const);
    }
    return [[name, toText(value)] as const];
  });
  const body = request.bodyArgument === undefined ? undefined : args[request.bodyArgument];
  return { method: request.method, path, query, ...(body === undefined ? {} : { body }) };
}

/**
 * The tool result of an answer: a success's JSON as structured content plus a short text; an
 * error envelope as a tool error whose text carries the code, the message and the contract's advice.
 */
export function toToolResult(
  entry: OperationTool,
  call: ApiCall,
  answer: ApiAnswer,
): CallToolResult {
  const line = `${call.method} ${call.path} → ${answer.status}`;
  if (answer.status < 400) {
    const structured = isRecord(answer.body) ? answer.body : { data: answer.body ?? null };
    const json = answer.body === undefined ? '' : `\n${JSON.stringify(answer.body)}`;
    return { content: [{ type: 'text', text: `${line}${json}` }], structuredContent: structured };
  }
  const envelope = readErrorEnvelope(answer.body);
  const advice = findErrorAdvice(entry.operation, answer.status, envelope?.code);
  const headline = envelope?.code
    ? `${envelope.code}: ${envelope.message ?? ''}`.trim()
    : `HTTP ${answer.status}`;
  return toolError([`${headline} (${line})`, advice].filter(Boolean).join('\n'), {
    error: { status: answer.status, ...(envelope ?? {}) },
    ...(advice ? { advice } : {}),
  });
}

/** Validates the arguments, sends the request and turns the answer into a tool result. */
export async function callOperation(
  entry: OperationTool,
  args: Record<string, unknown>,
  connection: ApiConnection,
): Promise<{ result: CallToolResult; status?: number }> {
  const call = toApiCall(entry, args);
  if ('problem' in call) {
    return {
      result: toolError(
        `${call.problem} Nothing was sent. The tool's input schema lists the arguments ${entry.agentTool.name} takes.`,
      ),
    };
  }
  const answer = await connection.send(call);
  return { result: toToolResult(entry, call, answer), status: answer.status };
}

/** A validated argument as it goes into a URL: strings, numbers and booleans as written, anything else as JSON. */
function toText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
