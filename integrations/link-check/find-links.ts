/** What the link check reads from one HTML page: the links it makes and the ids it offers. */
export interface PageLinks {
  hrefs: string[];
  ids: Set<string>;
}

const ANCHOR = /<(?:a|area)\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
const ID = /\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
const SKIPPED_BLOCKS = /<(script|style|template)\b[\s\S]*?<\/\1>|<!--[\s\S]*?-->/gi;

/** The hrefs of `<a>` and `<area>` elements and every `id`/`name` of a page (scripts and comments ignored). */
export function findLinks(html: string): PageLinks {
  const markup = html.replace(SKIPPED_BLOCKS, '');
  const hrefs = [...markup.matchAll(ANCHOR)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? ''));
  const ids = new Set(
    [...markup.matchAll(ID)].map((m) => decodeEntities(m[1] ?? m[2] ?? m[3] ?? '')),
  );
  return { hrefs, ids };
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}
