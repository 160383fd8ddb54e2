import type { StateStorage } from '../../../mocks/handlers/create-browser-mock.ts';
import { afterPaint } from './after-paint.ts';

/**
 * `storage` with its writes held until the frame after now is painted (the last value of a key
 * wins; reads see it at once). The in-page mock saves the simulated app after every answer:
 * writing its JSON to sessionStorage inside the send cost about a millisecond of the round trip,
 * and nothing reads the saved copy before the next page load (which the page's leaving flushes).
 */
export function deferredStorage(storage: StateStorage): StateStorage {
  const pending = new Map<string, string>();
  const flush = () => {
    for (const [key, value] of pending) {
      try {
        storage.setItem(key, value);
      } catch {
        // A full or blocked storage only costs persistence across page loads.
      }
    }
    pending.clear();
  };
  return {
    getItem: (key) => pending.get(key) ?? storage.getItem(key),
    setItem(key, value) {
      if (pending.size === 0) afterPaint(flush);
      pending.set(key, value);
    },
  };
}
