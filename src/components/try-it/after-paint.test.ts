import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

/** A page that paints a frame only when told, and can be left. */
const frames: Array<() => void> = [];
const page = new EventTarget();
Object.assign(globalThis, {
  requestAnimationFrame: (callback: () => void) => frames.push(callback),
  addEventListener: page.addEventListener.bind(page),
});
const { afterPaint } = await import('./after-paint.ts');
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('afterPaint', () => {
  it('runs the work once, after the next frame', async () => {
    let runs = 0;
    afterPaint(() => (runs += 1));
    await tick(5);
    assert.equal(runs, 0, 'not before the frame');
    for (const frame of frames.splice(0)) frame();
    await tick(5);
    assert.equal(runs, 1);
    await tick(150);
    assert.equal(runs, 1, 'the fallback does not run it again');
  });

  it('runs it when the page is left before any frame, and only then', async () => {
    const done: string[] = [];
    afterPaint(() => done.push('first'));
    afterPaint(() => done.push('second'));
    page.dispatchEvent(new Event('pagehide'));
    assert.deepEqual(done, ['first', 'second']);
    for (const frame of frames.splice(0)) frame();
    await tick(150);
    assert.deepEqual(done, ['first', 'second']);
  });

  it('runs it within 100 ms when no frame comes (a tab in the background)', async () => {
    let runs = 0;
    afterPaint(() => (runs += 1));
    await tick(150);
    assert.equal(runs, 1);
    frames.splice(0);
  });
});
