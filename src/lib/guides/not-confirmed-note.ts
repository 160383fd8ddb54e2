import { resolvePointer } from './contract-pointer.ts';
import { GUIDE_ASSUMPTIONS, isGuideAssumption } from './guide-assumptions.ts';

/** Where a guide's "Not confirmed" marker takes its text from: a contract location or a guide assumption. */
export interface NotConfirmedSource {
  /** JSON pointer to a contract object that carries `x-unverified`. */
  at?: string | undefined;
  /** Name of an assumption in GUIDE_ASSUMPTIONS. */
  about?: string | undefined;
}

/**
 * The text of a "Not confirmed" marker: the contract's own `x-unverified` note at `at`, or the guide
 * assumption named by `about`. Throws (failing the build) when the pointer holds no note, so a
 * marker can never outlive the assumption it stands for.
 */
export function notConfirmedNote(document: unknown, source: NotConfirmedSource): string {
  if (source.at !== undefined) {
    const node = resolvePointer(document, source.at);
    const note =
      node !== null && typeof node === 'object'
        ? (node as Record<string, unknown>)['x-unverified']
        : undefined;
    if (typeof note !== 'string')
      throw new Error(
        `NotConfirmed at="${source.at}": the contract has no x-unverified note there`,
      );
    return note.trim();
  }
  if (source.about !== undefined) {
    if (!isGuideAssumption(source.about)) {
      throw new Error(
        `NotConfirmed about="${source.about}": no such assumption (known: ${Object.keys(GUIDE_ASSUMPTIONS).join(', ')})`,
      );
    }
    return GUIDE_ASSUMPTIONS[source.about];
  }
  throw new Error('NotConfirmed needs at="#/json/pointer" or about="assumption"');
}

/**
 * As notConfirmedNote, but undefined when the contract has no note at `at`: the site can be built
 * from another contract (DOCS_CONTRACT), whose locations the guides do not point at. That every
 * marker resolves against the project's own contract is a test (tests/guides/unverified-marked.test.ts).
 */
export function notConfirmedNoteIfAny(
  document: unknown,
  source: NotConfirmedSource,
): string | undefined {
  try {
    return notConfirmedNote(document, source);
  } catch (error) {
    if (
      source.at !== undefined &&
      error instanceof Error &&
      error.message.includes('no x-unverified note there')
    )
      return undefined;
    throw error;
  }
}

/** Every `x-unverified` note of a contract, keyed by the JSON pointer of the object carrying it. */
export function listUnverifiedNotes(document: unknown): Map<string, string> {
  const notes = new Map<string, string>();
  const visit = (node: unknown, pointer: string): void => {
    if (node === null || typeof node !== 'object') return;
    const entries = Array.isArray(node)
      ? node.map((item, index) => [String(index), item] as const)
      : Object.entries(node);
    for (const [key, value] of entries) {
      if (key === 'x-unverified' && typeof value === 'string') notes.set(pointer, value.trim());
      else visit(value, `${pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`);
    }
  };
  visit(document, '#');
  return notes;
}
