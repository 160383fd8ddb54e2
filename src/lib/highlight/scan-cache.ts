import { Registry } from '@shikijs/vscode-textmate';

/**
 * Remembers the regex scans of Shiki's grammar tokenizer, so a line the build already scanned in
 * the same grammar state is not scanned again in Oniguruma's WebAssembly.
 *
 * Expressive Code tokenizes every block once per theme (dark, then light), and the scans do not
 * depend on the theme: the second pass repeats the first exactly. The samples of operation pages
 * also share most of their lines (imports, the token header, the base URL). A scan is a pure
 * function of the compiled patterns, the line, the start position and the options, so its result
 * can be kept: the colours stay exactly those of a build without the cache
 * (`tests/guides/highlight-order.test.ts` compares every guide block both ways;
 * `tests/guides/scan-cache.test.ts` checks what it answers).
 *
 * The tokenizer asks its grammar for each compiled pattern set (`createOnigScanner`); the cache
 * wraps what it returns. That method is reached through the prototype of a grammar of the one
 * `@shikijs/vscode-textmate` copy in `node_modules`, which Expressive Code's Shiki also loads,
 * pinned in package.json. If a new version moves it, `installScanCache` throws at the start of
 * the build rather than highlighting without the cache unnoticed.
 */

/** What a scanner returns for a match (Shiki's `IOnigMatch`), or null. */
type ScanResult = unknown;

interface PatternScanner {
  findNextMatchSync(string: unknown, startPosition: number, options?: number): ScanResult;
  dispose?(): void;
}

type CreateScanner = (this: unknown, sources: string[]) => PatternScanner;

/**
 * Entries kept before the older half is dropped. The theme pass needs only the block's own
 * scans; the rest keeps the lines that repeat across the last pages. A few MB at most.
 */
const GENERATION_SIZE = 8_000;

/** Lines longer than this are scanned without the cache: their keys would cost more than the scan. */
const LONGEST_CACHED_LINE = 1_000;

/** A stored "no match", told apart from an entry that is not there. */
const NO_MATCH = Symbol('no match');

interface ScanCacheState {
  current: Map<string, ScanResult>;
  previous: Map<string, ScanResult>;
  hits: number;
  misses: number;
  /**
   * A number for each distinct set of patterns: the tokenizer compiles the same set again when a
   * rule whose end refers to its begin (a string's quote) is entered with another capture, and
   * the scans of equal sets are equal.
   */
  patternSetIds: Map<string, number>;
}

const INSTALLED = Symbol.for('sessiondock.highlight.scan-cache');
const shared = globalThis as { [INSTALLED]?: ScanCacheState };

/** How many scans the cache answered and how many went to the regex engine since it was installed. */
export function scanCacheStats(): { hits: number; misses: number } {
  const state = shared[INSTALLED];
  return { hits: state?.hits ?? 0, misses: state?.misses ?? 0 };
}

/** Wraps every pattern scanner the tokenizer compiles from now on; once per process. */
export function installScanCache(): void {
  if (shared[INSTALLED] !== undefined) return;
  const prototype = grammarPrototype();
  const compile = prototype.createOnigScanner;
  if (typeof compile !== 'function')
    throw new Error(
      '@shikijs/vscode-textmate: a grammar has no createOnigScanner method any more; update src/lib/highlight/scan-cache.ts',
    );
  const state: ScanCacheState = {
    current: new Map(),
    previous: new Map(),
    hits: 0,
    misses: 0,
    patternSetIds: new Map(),
  };
  shared[INSTALLED] = state;
  prototype.createOnigScanner = function (this: unknown, sources: string[]) {
    const patterns = sources.join('\u0000');
    let id = state.patternSetIds.get(patterns);
    if (id === undefined) {
      id = state.patternSetIds.size + 1;
      state.patternSetIds.set(patterns, id);
    }
    return cachingScanner(compile.call(this, sources), state, id);
  };
}

function cachingScanner(
  scanner: PatternScanner,
  state: ScanCacheState,
  id: number,
): PatternScanner {
  return {
    findNextMatchSync(string, startPosition, options) {
      const line = typeof string === 'string' ? string : (string as { content: string }).content;
      if (line.length > LONGEST_CACHED_LINE)
        return scanner.findNextMatchSync(string, startPosition, options);
      const key = `${id}:${options ?? 0}:${startPosition}:${line}`;
      let result = state.current.get(key);
      if (result === undefined) {
        result = state.previous.get(key);
        if (result === undefined) {
          state.misses += 1;
          // The line as a string of its own: the engine keeps, per regex, a result for the string
          // it last searched and reuses it at a later position of that string, and which calls
          // reach it depends on what the cache answered. A fresh string makes each scan stand alone.
          result = scanner.findNextMatchSync(line, startPosition, options) ?? NO_MATCH;
        } else state.hits += 1;
        if (state.current.size >= GENERATION_SIZE) {
          state.previous = state.current;
          state.current = new Map();
        }
        state.current.set(key, result);
      } else state.hits += 1;
      return result === NO_MATCH ? null : result;
    },
    dispose() {
      scanner.dispose?.();
    },
  };
}

/** The prototype shared by every grammar of `@shikijs/vscode-textmate`, from an empty grammar of our own. */
function grammarPrototype(): { createOnigScanner?: CreateScanner } {
  const unused = () => {
    throw new Error('the probe grammar never tokenizes');
  };
  // Shiki's fork of vscode-textmate is synchronous: no promises for the grammar or the regex library.
  const registry = new Registry({
    onigLib: { createOnigScanner: unused, createOnigString: unused },
    loadGrammar: () => ({ scopeName: 'source.sessiondock-probe', patterns: [], repository: {} }),
  });
  const grammar = registry.loadGrammar('source.sessiondock-probe');
  if (grammar === null) throw new Error('@shikijs/vscode-textmate did not load the probe grammar');
  return Object.getPrototypeOf(grammar) as { createOnigScanner?: CreateScanner };
}
