/** What the app's document says about one of our `x-unverified` marks. */
export type Verdict = 'settled' | 'differs' | 'open';

/** One `x-unverified` mark of our contract and what the app's document makes of it. */
export interface MarkVerdict {
  verdict: Verdict;
  /** Where the mark sits: `createSession › response 201`. */
  location: string;
  /** The mark's own sentence. */
  text: string;
  /** Why this verdict: `the app documents 201 too`. */
  detail: string;
  /** How many other places carry the same sentence (a shared component). */
  alsoAt: number;
}

const WEIGHT: Record<Verdict, number> = { differs: 2, settled: 1, open: 0 };

/** A verdict for one place. */
export function verdict(
  verdict: Verdict,
  location: string,
  text: string,
  detail: string,
): MarkVerdict {
  return { verdict, location, text, detail, alsoAt: 0 };
}

/**
 * One verdict per sentence: a component marked once in the contract appears under many
 * operations. The strongest verdict wins (differs, then settled, then open).
 */
export function mergeVerdicts(verdicts: MarkVerdict[]): MarkVerdict[] {
  const byText = new Map<string, MarkVerdict[]>();
  for (const item of verdicts) byText.set(item.text, [...(byText.get(item.text) ?? []), item]);
  return [...byText.values()].map((group) => {
    const strongest = group.reduce((best, item) =>
      WEIGHT[item.verdict] > WEIGHT[best.verdict] ? item : best,
    );
    return { ...strongest, alsoAt: group.length - 1 };
  });
}
