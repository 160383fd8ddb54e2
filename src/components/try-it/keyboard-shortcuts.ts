import type { PanelContext } from './panel-context.ts';

/** Whether the reader's keyboard sends with Cmd rather than Ctrl (macOS, iPadOS), from a platform or user-agent string. */
export function isApplePlatform(platform: string): boolean {
  return /mac|iphone|ipad|ipod/i.test(platform);
}

function readPlatform(): string {
  const data = (navigator as Navigator & { userAgentData?: { platform?: string } }).userAgentData;
  return data?.platform ?? navigator.userAgent;
}

/**
 * Ctrl+Enter (Cmd+Enter on macOS) sends from anywhere in the panel; Escape cancels a request in
 * flight. The keys are shown beside the buttons and announced with `aria-keyshortcuts`.
 */
export function bindKeyboardShortcuts(context: PanelContext): void {
  const { fields, store } = context;
  const apple = isApplePlatform(readPlatform());
  fields.button('submit').setAttribute('aria-keyshortcuts', apple ? 'Meta+Enter' : 'Control+Enter');
  fields.button('cancel').setAttribute('aria-keyshortcuts', 'Escape');
  fields.part('send-keys').textContent = apple ? '⌘ Enter' : 'Ctrl+Enter';
  fields.form.addEventListener('keydown', (event) => {
    if (
      event.key === 'Enter' &&
      (apple ? event.metaKey : event.ctrlKey) &&
      !event.altKey &&
      !event.shiftKey
    ) {
      event.preventDefault();
      if (store.read().inFlight === undefined) fields.button('submit').click();
      return;
    }
    const inFlight = store.read().inFlight;
    if (event.key === 'Escape' && inFlight) {
      // Only while a request runs: otherwise Escape keeps its usual meaning (closing a <details>, a menu).
      event.preventDefault();
      inFlight.abort();
    }
  });
}
