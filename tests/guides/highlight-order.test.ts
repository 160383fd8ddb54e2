import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { loadGuideBlocks } from './guide-blocks.ts';
import type { HighlightResult, HighlightRun } from './highlight-guide-blocks.ts';

const blocks = loadGuideBlocks().map(({ block }) => block);

/** The guide blocks highlighted in a fresh worker with these start delays, through the scan cache as the build does unless told. */
export function highlightInWorker(delays: number[], scanCache = true): Promise<HighlightResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./highlight-guide-blocks.ts', import.meta.url), {
      workerData: { delays, scanCache } satisfies HighlightRun,
    });
    worker.once('message', (result: HighlightResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Fixed pseudo-random delays (0–19 ms): the same order of highlighting on every run. */
function delaysFrom(seed: number): number[] {
  let state = seed;
  return blocks.map(() => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.floor((state / 2 ** 31) * 20);
  });
}

describe('code block highlighting', () => {
  it('gives every guide block the same colours whatever order a build highlights them in', async () => {
    const { html: inOrder } = await highlightInWorker(blocks.map(() => 0));
    for (const seed of [1, 2, 3]) {
      const { html: shuffled } = await highlightInWorker(delaysFrom(seed));
      const differing = blocks
        .filter((_, index) => shuffled[index] !== inOrder[index])
        .map((block) => `${block.file}:${block.line} (${block.lang})`);
      assert.deepEqual(differing, [], `highlighted differently in order ${seed}`);
    }
  });

  it('gives every guide block the same HTML with the scan cache as without it, and the cache answers', async () => {
    const { html: uncached, stats: none } = await highlightInWorker(
      blocks.map(() => 0),
      false,
    );
    const { html: cached, stats } = await highlightInWorker(delaysFrom(4));
    const differing = blocks
      .filter((_, index) => cached[index] !== uncached[index])
      .map((block) => `${block.file}:${block.line} (${block.lang})`);
    assert.deepEqual(differing, []);
    assert.deepEqual(none, { hits: 0, misses: 0 });
    assert.ok(stats.hits > 0, `hits ${stats.hits}, misses ${stats.misses}`);
  });
});
