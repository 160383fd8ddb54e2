import { parseDocument } from 'yaml';
import { ContractError } from './contract-error.ts';

/** Parses the text of a YAML or JSON contract; syntax errors name the file, line and column. */
export function parseContractText(text: string, source: string): Record<string, unknown> {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    const details = document.errors.map((error) => {
      const at = error.linePos?.[0];
      return at
        ? `${source}:${at.line}:${at.col}: ${error.message}`
        : `${source}: ${error.message}`;
    });
    throw new ContractError(source, details.join('\n'));
  }
  const value: unknown = document.toJS({ maxAliasCount: 100 });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ContractError(
      source,
      `${source}:1:1: the document must be a mapping with an "openapi" field`,
    );
  }
  return value as Record<string, unknown>;
}
