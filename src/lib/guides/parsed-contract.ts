import { parseContractText } from '../openapi/parse-contract-text.ts';

/**
 * Kept on `globalThis`, not in this module: the build evaluates it once for the pages and once
 * for the published scripts' docs (the configuration's copy of the modules), and both read the
 * same text.
 */
const SHARED = Symbol.for('sessiondock.docs.parsed-contract');
const shared = globalThis as {
  [SHARED]?: { text: string; document: Record<string, unknown> };
};

/** The contract text parsed once per build (every marker on every page reads the same document). */
export function parsedContract(text: string, source: string): Record<string, unknown> {
  const cached = shared[SHARED];
  if (cached?.text === text) return cached.document;
  const document = parseContractText(text, source);
  shared[SHARED] = { text, document };
  return document;
}
