const pending = new Set<() => void>();

function runPending(): void {
  for (const work of [...pending]) work();
}

/** Calls `callback` when the main thread is idle (a timer where the browser has no idle callbacks). */
function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: 50 });
  else setTimeout(callback, 0);
}

/**
 * Runs `work` once the frame after now has been painted and the main thread is idle, so that what
 * the reader does not see at once (the history kept in storage) does not delay what they do (the
 * answer, the tasks queued behind its frame, their next click). A tab in the background paints no
 * frames: then it runs within 100 ms, and at the latest when the page is left, so nothing is lost.
 */
export function afterPaint(work: () => void): void {
  const once = () => {
    if (!pending.delete(once)) return;
    work();
  };
  if (pending.size === 0) addEventListener('pagehide', runPending, { once: true });
  pending.add(once);
  requestAnimationFrame(() => whenIdle(once));
  setTimeout(once, 100);
}
