/**
 * Pretty-prints a response body into DOM nodes, colouring JSON tokens. Text only: every piece
 * goes in through textContent, never innerHTML (browser rule 13 of ../shared/browser-rules.md:
 * response bodies are rendered as text, an HTML body as its source). Bodies over the limit, or
 * that are not JSON, are shown as plain text.
 */
export const HIGHLIGHT_LIMIT_BYTES = 1_000_000;

const TOKEN =
  /("(?:[^"\\]|\\.)*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|([{}[\],])/g;

/** The pretty text of a JSON body, or undefined when the body is not JSON. */
export function prettyJson(text: string): string | undefined {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return undefined;
  }
}

/** Fills `target` with the body, highlighted when it is JSON and small enough. */
export function renderBody(target: HTMLElement, text: string): void {
  target.replaceChildren();
  const pretty = text.length <= HIGHLIGHT_LIMIT_BYTES ? prettyJson(text) : undefined;
  if (pretty === undefined) {
    target.textContent = text;
    return;
  }
  let last = 0;
  for (const match of pretty.matchAll(TOKEN)) {
    const { index } = match;
    if (index > last) target.append(pretty.slice(last, index));
    const [whole, string, colon, literal, number] = match;
    const kind = string
      ? colon
        ? 'key'
        : 'string'
      : literal
        ? 'literal'
        : number
          ? 'number'
          : 'punctuation';
    const span = document.createElement('span');
    span.className = `json-${kind}`;
    span.textContent = string && colon ? string : whole;
    target.append(span);
    if (string && colon) target.append(colon);
    last = index + whole.length;
  }
  target.append(pretty.slice(last));
}
