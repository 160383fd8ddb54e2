/**
 * Highlighted code blocks kept for the rest of the build. Expressive Code highlights each
 * `<Code>` with Shiki, and a contract repeats its examples (shared components, error envelopes)
 * on many operation pages: each distinct block is highlighted once. Expressive Code links its
 * style sheet and script from the first block it renders on a page, and the blocks of a page
 * render concurrently, so that block is not always the first in the page: every block is kept
 * and written without them, and the one block a page marks as the carrier (its first) gets them.
 * The cache is bounded: on a contract whose examples are mostly distinct it would otherwise hold
 * most pages' blocks until the build ends; the ones used last are the likeliest to recur.
 */
import { BoundedCache } from '../../lib/build-cache/bounded-cache.ts';

// The wrapper may carry a scoped-style class (`expressive-code astro-…`) when the page's component has a <style>.
const ASSETS =
  /^(<div class="expressive-code(?: [^"]*)?">)((?:<link rel="stylesheet" href="[^"]*">)?(?:<script type="module" src="[^"]*"><\/script>)?)/;

/** Characters of the kept blocks, keys and HTML: at most some 32 MB, hundreds of examples. */
const KEPT_CHARACTERS = 16_000_000;

const blocks = new BoundedCache(KEPT_CHARACTERS);
let foundAssets: (assets: string) => void = () => undefined;
/** Expressive Code's asset tags, the same on every page: known from the first block rendered. */
const assets = new Promise<string>((resolve) => {
  foundAssets = resolve;
});

/** The key of a block: what Expressive Code renders it from. */
export function blockKey(props: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));
}

/** The kept HTML of a block, or undefined when it was never rendered. */
export function readBlock(key: string): string | undefined {
  return blocks.get(key);
}

/**
 * Takes a block as Expressive Code rendered it, keeps it under `key` (unless undefined: a block
 * that never repeats) and returns its HTML: with Expressive Code's assets if it is the carrier.
 */
export async function keepBlock(
  key: string | undefined,
  html: string,
  carrier: boolean,
): Promise<string> {
  const match = ASSETS.exec(html);
  if (match?.[2]) foundAssets(match[2]);
  const bare = match ? `${match[1] ?? ''}${html.slice(match[0].length)}` : html;
  if (key !== undefined) blocks.set(key, bare);
  if (!carrier) return bare;
  // The carrier's own render has the assets unless another block of its page rendered first.
  return match?.[2]
    ? `${match[1] ?? ''}${match[2]}${html.slice(match[0].length)}`
    : withAssets(bare);
}

/**
 * A kept block as the carrier of its page. Expressive Code links its assets from the first block
 * it renders, so they are known by the time another block of the page is done; the timer only
 * guards against waiting forever (and is not unref'd: an unref'd timer lets Node exit mid-build
 * with status 0 when nothing else is pending).
 */
export async function withAssets(bare: string): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(''), 10_000);
  });
  const tags = await Promise.race([assets, timeout]);
  clearTimeout(timer);
  return bare.replace(
    /^<div class="expressive-code(?: [^"]*)?">/,
    (wrapper) => `${wrapper}${tags}`,
  );
}
