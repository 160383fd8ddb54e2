import type { TwinDocument } from '../src/lib/markdown-twins/build-twins.ts';

/** One page that matches a question, best first. */
export interface DocsHit {
  twin: TwinDocument;
  score: number;
  /** A line of the page around the first match. */
  excerpt: string;
}

const STOP_WORDS = new Set(
  'a an and are can do does how i in is it me my of on or the to what when which with you your'.split(
    ' ',
  ),
);

function terms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}_{}/.-]+/gu) ?? [];
  return [
    ...new Set(
      words
        .map((word) => word.replace(/^[./-]+|[./-]+$/g, ''))
        .filter((word) => word.length > 1 && !STOP_WORDS.has(word)),
    ),
  ];
}

function count(text: string, term: string): number {
  let found = 0;
  for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length))
    found += 1;
  return found;
}

/**
 * The pages that best answer a question: each term scores by where it appears (title, then
 * description, then body, capped) and by how rare it is across the pages.
 */
export function searchDocs(twins: readonly TwinDocument[], query: string, limit = 5): DocsHit[] {
  const wanted = terms(query);
  if (wanted.length === 0) return [];
  const pages = twins.map((twin) => ({
    twin,
    title: twin.title.toLowerCase(),
    description: (twin.description ?? '').toLowerCase(),
    body: twin.markdown.toLowerCase(),
  }));
  const rarity = new Map(
    wanted.map((term) => {
      const holding = pages.filter(
        (page) => page.body.includes(term) || page.title.includes(term),
      ).length;
      return [term, Math.log(1 + pages.length / Math.max(holding, 1))];
    }),
  );
  const hits = pages.map((page) => {
    let score = 0;
    for (const term of wanted) {
      const weight = rarity.get(term) ?? 0;
      score +=
        weight *
        (8 * count(page.title, term) +
          4 * count(page.description, term) +
          Math.min(count(page.body, term), 10));
    }
    return { page, score };
  });
  return hits
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || a.page.twin.path.localeCompare(b.page.twin.path))
    .slice(0, limit)
    .map(({ page, score }) => ({
      twin: page.twin,
      score,
      excerpt: excerptOf(page.twin.markdown, wanted, rarity),
    }));
}

function excerptOf(markdown: string, wanted: string[], rarity: Map<string, number>): string {
  const byRarity = [...wanted].sort((a, b) => (rarity.get(b) ?? 0) - (rarity.get(a) ?? 0));
  const lines = markdown.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const line =
    byRarity
      .map((term) => lines.find((candidate) => candidate.toLowerCase().includes(term)))
      .find(Boolean) ??
    lines[0] ??
    '';
  return line.trim().length > 240 ? `${line.trim().slice(0, 237)}…` : line.trim();
}
