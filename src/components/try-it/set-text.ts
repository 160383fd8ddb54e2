/**
 * Shows `text` in `target` by changing its one text node in place, and toggles `hidden` only when
 * it changes. Inserting or removing nodes anywhere in the page, even a text node, or flipping
 * `hidden`, makes Chromium recalculate the style of the whole page (about 2,600 elements on an
 * operation page): Starlight's and the reference layout's `:has()` rules watch every such change.
 * Editing a text node's data does not.
 */
export function setText(target: HTMLElement, text: string): void {
  const only = target.firstChild;
  if (only instanceof Text && only === target.lastChild) {
    if (only.data !== text) only.data = text;
  } else target.replaceChildren(text);
}

/** Sets `hidden` only when it changes (a write of the same value still invalidates style). */
export function setHidden(target: HTMLElement, hidden: boolean): void {
  if (target.hidden !== hidden) target.hidden = hidden;
}
