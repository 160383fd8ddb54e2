import { parseContractText } from '../openapi/parse-contract-text.ts';

let cached: { text: string; document: Record<string, unknown> } | undefined;

/** The contract text parsed once per build (every marker on every page reads the same document). */
export function parsedContract(text: string, source: string): Record<string, unknown> {
  if (cached?.text !== text) cached = { text, document: parseContractText(text, source) };
  return cached.document;
}
