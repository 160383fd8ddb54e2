import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { BoundedCache } from '../build-cache/bounded-cache.ts';

/** Link targets allowed to survive: http(s), mailto, and relative or fragment links. */
const SAFE_HREF = /^(?:https?:|mailto:|[^:]*(?:[/?#]|$))/i;

// A contract repeats its texts (shared parameters, responses and schemas), and micromark combines
// its extensions again on every call: each text is rendered once per build while it keeps
// recurring (bounded, since on a large contract most descriptions are distinct).
const KEPT_CHARACTERS = 4_000_000;
const rendered = new BoundedCache(KEPT_CHARACTERS);
const plainTexts = new BoundedCache(KEPT_CHARACTERS);

export interface MarkdownOptions {
  /** The level a top-level `#` heading in the text becomes, so the page outline stays in order. */
  headingLevel?: number | undefined;
}

/**
 * Renders Markdown from a contract as safe HTML: raw HTML is escaped (micromark's default, with
 * `allowDangerousHtml` and `allowDangerousProtocol` off), links keep only http, https, mailto and
 * relative targets, images become links (nothing loads from another host), and headings are
 * shifted to sit under the page's own.
 */
export function renderMarkdown(markdown: string, options: MarkdownOptions = {}): string {
  const key = `${options.headingLevel ?? 3}\u0000${markdown}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderUncached(markdown, options);
    rendered.set(key, html);
  }
  return html;
}

function renderUncached(markdown: string, options: MarkdownOptions): string {
  const html = micromark(markdown, {
    allowDangerousHtml: false,
    allowDangerousProtocol: false,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  const shift = (options.headingLevel ?? 3) - 1;
  return html
    .replace(/<a href="([^"]*)"/g, (match, href: string) =>
      href !== '' && SAFE_HREF.test(decodeEntities(href)) ? match : '<a',
    )
    .replace(
      /<img src="([^"]*)" alt="([^"]*)"(?: title="[^"]*")? \/>/g,
      (_match, src: string, alt: string) =>
        SAFE_HREF.test(decodeEntities(src)) && src !== ''
          ? `<a href="${src}">${alt || src}</a>`
          : alt,
    )
    .replace(
      /<(\/?)h([1-6])([\s>])/g,
      (_match, slash: string, level: string, after: string) =>
        `<${slash}h${Math.min(6, Number(level) + shift)}${after}`,
    );
}

/**
 * Plain text of Markdown, for meta descriptions and headings: raw HTML tags are dropped along
 * with the Markdown syntax (the result is text, escaped wherever it is written).
 */
export function toPlainText(markdown: string): string {
  let text = plainTexts.get(markdown);
  if (text === undefined) {
    text = toPlainTextUncached(markdown);
    plainTexts.set(markdown, text);
  }
  return text;
}

function toPlainTextUncached(markdown: string): string {
  const html = micromark(markdown, {
    allowDangerousHtml: true,
    extensions: [gfm()],
    htmlExtensions: [gfmHtml()],
  });
  const text = html
    .replace(/<\/?(?:a|abbr|b|code|del|em|i|kbd|mark|s|small|span|strong|sub|sup|u)\b[^>]*>/gi, '')
    .replace(/<[^>]*>/g, ' ');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x27;/g, "'")
    .replace(/&#(x?)([0-9a-f]+);/gi, (_m, hex: string, code: string) =>
      String.fromCodePoint(parseInt(code, hex ? 16 : 10)),
    )
    .replace(/&amp;/g, '&');
}
