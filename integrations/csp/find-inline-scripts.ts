import { createHash } from 'node:crypto';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /\ssrc\s*=/i;
// Data blocks (`application/json`, `application/ld+json`) never run, so CSP does not apply to them.
const DATA_BLOCK = /\stype\s*=\s*["']?[\w.+-]+\/(?:[\w.+-]+\+)?json\b/i;

/** The text of every inline `<script>` of a page that a browser would run (no `src`, no data block). */
export function findInlineScripts(html: string): string[] {
  return [...html.matchAll(SCRIPT)]
    .filter(
      ([, attributes = '']) => !SRC_ATTRIBUTE.test(attributes) && !DATA_BLOCK.test(attributes),
    )
    .map(([, , text = '']) => text);
}

/** The CSP hash source of an inline script: `'sha256-<base64 of its UTF-8 text>'`. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}
