import { CORE_SCHEMA, load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { ContractError } from './contract-error.ts';

/**
 * An anchor (`&name`) outside a quoted string: the contract uses aliases, which js-yaml shares by
 * reference and `yaml` expands under a limit (`maxAliasCount`), so such a contract is read by
 * `yaml` alone.
 */
const ANCHOR = /(?:^|[\s[{,:-])&[^\s]/m;

/**
 * Parses the text of a YAML or JSON contract; syntax errors name the file, line and column.
 *
 * js-yaml reads a well-formed contract (YAML 1.2's core schema, as `yaml` does by default, and
 * duplicate keys refused): six times faster than `yaml` on a 2.7 MB contract, the same document.
 * Anything js-yaml refuses is parsed again by `yaml`, whose messages point at every problem.
 */
export function parseContractText(text: string, source: string): Record<string, unknown> {
  const value = ANCHOR.test(text) ? parseWithLocations(text, source) : parseFast(text, source);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ContractError(
      source,
      `${source}:1:1: the document must be a mapping with an "openapi" field`,
    );
  }
  return value as Record<string, unknown>;
}

function parseFast(text: string, source: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA, filename: source });
  } catch (fastError) {
    parseWithLocations(text, source);
    // `yaml` accepted what js-yaml refused: report js-yaml's reason rather than build on either.
    const reason = fastError instanceof Error ? fastError.message : String(fastError);
    throw new ContractError(source, `${source}: ${reason}`);
  }
}

function parseWithLocations(text: string, source: string): unknown {
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
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Aliases that would expand past the limit (a "billion laughs" document).
    throw new ContractError(
      source,
      `${source}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
