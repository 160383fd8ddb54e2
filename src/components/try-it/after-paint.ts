const pending = new Set<() => void>();

function runPending(): void {
  for (const work of [...pending]) work();
}

/**
 * Runs `work` once the frame after now has been painted, so that what the reader does not see
 * at once (the history kept in storage) does not delay what they do (the answer). A tab in the
 * background paints no frames: then it runs within 100 ms, and at the latest when the page is
 * left, so nothing is lost.
 */
export function afterPaint(work: () => void): void {
  const once = () => {
    if (!pending.delete(once)) return;
    work();
  };
  if (pending.size === 0) addEventListener('pagehide', runPending, { once: true });
  pending.add(once);
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}
