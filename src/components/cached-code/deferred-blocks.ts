/**
 * Code blocks kept out of a component's HTML while it works on it. Starlight's `<Tabs>` parses
 * the HTML of its panels into a tree, walks it and writes it again; with Expressive Code's
 * blocks inside (six highlighted samples and every response example of an operation page),
 * that was a tenth of a build's CPU time and much of its garbage. A deferred block stands in the
 * panel as a placeholder, and `<DeferredCodeBlocks>` around the `<Tabs>` writes the blocks back.
 *
 * The placeholder is an empty `<button>`: Tabs gives a panel `tabindex="0"` when it finds nothing
 * focusable in it, and every Expressive Code block has its copy button, so the panel is judged
 * as it would be with the block itself in it.
 */

const PLACEHOLDER = /<(button|span) data-deferred-code-block="(\d+)"><\/\1>/g;

/**
 * Whether HTML holds an element that Tabs' focusable selector (`tabs-processor.js` of Starlight)
 * matches: a form control, button, link, `summary`, embedded content, `contenteditable` or a
 * `tabindex` other than -1, none of them disabled or hidden.
 */
const FOCUSABLE =
  /<(?:(?:input(?![^>]*\stype="?hidden)|select|textarea|button|summary|iframe|object|embed)\b|(?:a|area)\b(?=[^>]*\shref=)|(?:audio|video)\b(?=[^>]*\scontrols)|[a-z][\w-]*\b(?=[^>]*\s(?:tabindex="?(?!-1)|contenteditable)))(?![^>]*\s(?:disabled|hidden)(?:[\s=>]|$))(?![^>]*\stabindex="?-1)/i;

/** The deferred blocks of each page being rendered, by the page's `Astro.locals`, and the next id. */
const pageBlocks = new WeakMap<object, { next: number; blocks: Map<string, string> }>();

/** Keeps a block's HTML for the page being rendered and returns the placeholder that stands for it. */
export function deferBlock(locals: object, html: string): string {
  return defer(locals, html, 'button');
}

/**
 * Keeps the whole content of a Tabs panel for the page being rendered: its placeholder is a
 * `<button>` when the content holds something focusable and a `<span>` when not, so that Tabs
 * gives the panel `tabindex="0"` exactly when it would have with the content in it.
 */
export function deferPanel(locals: object, html: string): string {
  return defer(locals, html, FOCUSABLE.test(html) ? 'button' : 'span');
}

function defer(locals: object, html: string, tag: 'button' | 'span'): string {
  let page = pageBlocks.get(locals);
  if (page === undefined) {
    page = { next: 0, blocks: new Map() };
    pageBlocks.set(locals, page);
  }
  // Never a count of the blocks held: blocks written back leave it, and ids must not repeat.
  const id = String(page.next);
  page.next += 1;
  page.blocks.set(id, html);
  return `<${tag} data-deferred-code-block="${id}"></${tag}>`;
}

/** `html` with each placeholder of the page's deferred blocks replaced by the block (a deferred panel's own blocks too). */
export function restoreBlocks(locals: object, html: string): string {
  const blocks = pageBlocks.get(locals)?.blocks;
  return html.replace(PLACEHOLDER, (placeholder, _tag: string, id: string) => {
    const block = blocks?.get(id);
    if (block === undefined) throw new Error(`no deferred code block for ${placeholder}`);
    blocks?.delete(id);
    return restoreBlocks(locals, block);
  });
}
