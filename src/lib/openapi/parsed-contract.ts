import { parseContractText } from './parse-contract-text.ts';

/**
 * Kept on `globalThis`, not in this module: the build evaluates it once for the configuration
 * (the contract's model, the published scripts' docs) and once for the pages (the guides'
 * markers, `openapi.json`), and all of them read the same text. At 1,000 operations each parse
 * of the YAML took one to three seconds of the build.
 */
const SHARED = Symbol.for('sessiondock.docs.parsed-contract');
const shared = globalThis as {
  [SHARED]?: { text: string; document: Record<string, unknown> };
};

/**
 * The contract text parsed once per build. Every reader shares the document: none may change it
 * (`loadContract` gives the parser copies).
 */
export function parsedContract(text: string, source: string): Record<string, unknown> {
  const cached = shared[SHARED];
  if (cached?.text === text) return cached.document;
  const document = parseContractText(text, source);
  shared[SHARED] = { text, document };
  return document;
}
