import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { loadGuideBlocks } from './guide-blocks.ts';

const blocks = loadGuideBlocks().map(({ block }) => block);

/** The guide blocks' HTML, highlighted in a fresh worker with these start delays. */
function highlightInWorker(delays: number[]): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./highlight-guide-blocks.ts', import.meta.url), {
      workerData: delays,
    });
    worker.once('message', (html: string[]) => {
      resolve(html);
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
    const inOrder = await highlightInWorker(blocks.map(() => 0));
    for (const seed of [1, 2, 3]) {
      const shuffled = await highlightInWorker(delaysFrom(seed));
      const differing = blocks
        .filter((_, index) => shuffled[index] !== inOrder[index])
        .map((block) => `${block.file}:${block.line} (${block.lang})`);
      assert.deepEqual(differing, [], `highlighted differently in order ${seed}`);
    }
  });
});
