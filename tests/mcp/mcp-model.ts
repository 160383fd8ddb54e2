import { readFileSync } from 'node:fs';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { siteConfig } from '../../site.config.ts';
import { findErrorAdvice } from '../../src/lib/agent-tools/find-error-advice.ts';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';

/** The site's contract, as the server under test reads it. */
export const model = await loadContract(
  readFileSync(siteConfig.contractPath, 'utf8'),
  siteConfig.contractPath,
);

/** Names of the operation tools a read-only server lists, and of all of them, in contract order. */
export const readToolNames = model.operations
  .filter((operation) => operation.mode === 'read-only')
  .map((operation) => operation.id);
export const allToolNames = model.operations.map((operation) => operation.id);
/** The docs tools, listed whatever the mode. */
export const DOCS_TOOL_NAMES = ['search_docs', 'read_doc'];

/** The contract's advice for an error of an operation, as the reference shows it. */
export function adviceFor(operationId: string, status: number, code: string): string {
  const operation = model.operations.find((candidate) => candidate.id === operationId);
  const advice = operation && findErrorAdvice(operation, status, code);
  if (!advice) throw new Error(`the contract has no advice for ${operationId} ${status} ${code}`);
  return advice;
}

/** The text of a tool result. */
export function textOf(result: unknown): string {
  return (result as CallToolResult).content
    .map((item) => (item.type === 'text' ? item.text : ''))
    .join('\n');
}
