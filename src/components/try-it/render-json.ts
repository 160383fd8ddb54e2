/**
 * Pretty-prints a response body as one text node, colouring JSON tokens with the CSS Custom
 * Highlight API (`::highlight(json-key)` in try-it.css) instead of an element per token: a body
 * of 8 KB was 800 elements to insert, style and lay out on every send, and each insertion made
 * the whole page's style be recalculated (see set-text.ts). Text only: the body goes in as a
 * text node, never through innerHTML (browser rule 13 of ../shared/browser-rules.md: response
 * bodies are rendered as text, an HTML body as its source). Bodies over the limit, or that are
 * not JSON, are shown as plain text; a browser without highlights shows the JSON uncoloured.
 */
import { setText } from './set-text.ts';

export const HIGHLIGHT_LIMIT_BYTES = 1_000_000;

const TOKEN =
  /("(?:[^"\\]|\\.)*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** The token kinds coloured, each a highlight named `json-<kind>`. */
const KINDS = ['key', 'string', 'literal', 'number'] as const;
type Kind = (typeof KINDS)[number];

/** The ranges each rendered body added to the highlights, to take them out on the next render. */
const shownRanges = new WeakMap<HTMLElement, Map<Kind, StaticRange[]>>();

/** The pretty text of a JSON body, or undefined when the body is not JSON. */
export function prettyJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}

/** Where each kind of token lies in `pretty`: [start, end] offsets, keys without their colon. */
export function jsonTokenSpans(pretty: string): Map<Kind, Array<[number, number]>> {
  const spans = new Map<Kind, Array<[number, number]>>(KINDS.map((kind) => [kind, []]));
  for (const match of pretty.matchAll(TOKEN)) {
    const [whole, string, colon, literal] = match;
    const kind: Kind = string ? (colon ? 'key' : 'string') : literal ? 'literal' : 'number';
    const length = string ? string.length : whole.length;
    spans.get(kind)?.push([match.index, match.index + length]);
  }
  return spans;
}

function highlights(): HighlightRegistry | undefined {
  return typeof CSS !== 'undefined' && 'highlights' in CSS ? CSS.highlights : undefined;
}

/** Fills `target` with the body, highlighted when it is JSON and small enough. */
export function renderBody(target: HTMLElement, text: string): void {
  const registry = highlights();
  const previous = shownRanges.get(target);
  const pretty = text.length <= HIGHLIGHT_LIMIT_BYTES ? prettyJson(text) : undefined;
  const shown = target.firstChild;
  // The same answer again (sending twice): its text and colours are already there.
  if (previous && shown instanceof Text && shown === target.lastChild && shown.data === pretty)
    return;
  if (registry && previous)
    for (const [kind, ranges] of previous) {
      const highlight = registry.get(`json-${kind}`);
      for (const range of ranges) highlight?.delete(range);
    }
  shownRanges.delete(target);
  setText(target, pretty ?? text);
  const node = target.firstChild;
  if (pretty === undefined || !registry || !(node instanceof Text)) return;
  const added = new Map<Kind, StaticRange[]>();
  for (const [kind, spans] of jsonTokenSpans(pretty)) {
    const ranges = spans.map(
      ([start, end]) =>
        new StaticRange({
          startContainer: node,
          startOffset: start,
          endContainer: node,
          endOffset: end,
        }),
    );
    let highlight = registry.get(`json-${kind}`);
    if (!highlight) registry.set(`json-${kind}`, (highlight = new Highlight()));
    for (const range of ranges) highlight.add(range);
    added.set(kind, ranges);
  }
  shownRanges.set(target, added);
}
