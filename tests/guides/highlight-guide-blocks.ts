import { parentPort, workerData } from 'node:worker_threads';
import { pluginShiki } from '@expressive-code/plugin-shiki';
import { ExpressiveCode, ExpressiveCodeTheme } from 'expressive-code';
import { toHtml } from 'expressive-code/hast';
import { bundledThemes } from 'shiki';
import { installScanCache, scanCacheStats } from '../../src/lib/highlight/scan-cache.ts';
import { shikiOptions } from '../../src/lib/highlight/shiki-options.ts';
import { loadGuideBlocks } from './guide-blocks.ts';

/** What the worker is asked: a start delay for each block, and whether to scan through the cache. */
export interface HighlightRun {
  delays: number[];
  scanCache: boolean;
}

/** What it posts back: each block's HTML, and the cache's counts (zero without it). */
export interface HighlightResult {
  html: string[];
  stats: { hits: number; misses: number };
}

/**
 * Highlights every guide block as the build does (Expressive Code, two themes, the blocks of
 * many pages in flight at once), each block starting after its own delay, and posts the HTML.
 * Run in a worker of its own: Shiki's and Expressive Code's state lives in their modules.
 */
export async function highlightGuideBlocks(delays: readonly number[]): Promise<string[]> {
  const themes = await Promise.all(
    (['night-owl', 'github-light'] as const).map(
      async (name) => new ExpressiveCodeTheme((await bundledThemes[name]()).default),
    ),
  );
  const ec = new ExpressiveCode({ themes, plugins: [pluginShiki(shikiOptions)] });
  return Promise.all(
    loadGuideBlocks().map(async ({ block }, index) => {
      await new Promise((resolve) => setTimeout(resolve, delays[index] ?? 0));
      const { renderedGroupAst } = await ec.render({ code: block.code, language: block.lang });
      return toHtml(renderedGroupAst);
    }),
  );
}

if (parentPort && workerData !== null && typeof workerData === 'object') {
  const run = workerData as HighlightRun;
  if (run.scanCache) installScanCache();
  const html = await highlightGuideBlocks(run.delays);
  parentPort.postMessage({ html, stats: scanCacheStats() } satisfies HighlightResult);
}
