import type { HistoryEntry } from './request-history.ts';
import { toShareFragment } from './share-link.ts';

/** What a rendered history entry can do; each returns the line to announce. */
export interface HistoryActions {
  copyCurl(entry: HistoryEntry, status: HTMLElement): void;
  remove(entry: HistoryEntry): void;
  /** Whether to show the kept response body under each entry (the history page does). */
  showBodies: boolean;
}

let counter = 0;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** `Mock in the page · 10:32:05 · 12 ms`: who answered, when, how long. */
export function describeEntry(entry: HistoryEntry): string {
  const who = entry.target === 'mock' ? 'Mock in the page' : 'Your SessionDock';
  return `${who} · ${new Date(entry.at).toLocaleTimeString()} · ${entry.durationMs} ms`;
}

/** Renders the entries into `list` (an <ol>), newest first, each with Open, Copy as curl, Delete. */
export function renderHistory(
  list: HTMLElement,
  entries: readonly HistoryEntry[],
  actions: HistoryActions,
): void {
  list.replaceChildren(
    ...entries.map((entry) => {
      const id = `history-entry-${(counter += 1)}`;
      const item = element('li', undefined, 'try-it-history-entry');
      const title = element('p');
      title.id = id;
      title.append(
        element('code', `${entry.method} ${entry.path}`),
        ' ',
        element('strong', entry.outcome),
      );
      const open = element('a', 'Open in its panel');
      open.href = `${entry.pagePath}${toShareFragment(entry.inputs, 'history')}`;
      const copy = element('button', 'Copy as curl');
      const remove = element('button', 'Delete');
      const status = element('span');
      status.setAttribute('role', 'status');
      for (const control of [open, copy, remove]) control.setAttribute('aria-describedby', id);
      copy.type = 'button';
      remove.type = 'button';
      copy.addEventListener('click', () => actions.copyCurl(entry, status));
      remove.addEventListener('click', () => actions.remove(entry));
      const row = element('div', undefined, 'try-it-row');
      row.append(open, copy, remove, status);
      item.append(title, element('p', describeEntry(entry), 'try-it-note'), row);
      if (actions.showBodies) {
        if (entry.responseBody !== undefined) {
          const details = element('details');
          const body = element('pre', entry.responseBody, 'try-it-body-view');
          body.tabIndex = 0;
          body.setAttribute('aria-label', `Response body of ${entry.method} ${entry.path}`);
          details.append(element('summary', 'Response body'), body);
          item.append(details);
        } else if (entry.bodyNote) {
          item.append(element('p', `Response body: ${entry.bodyNote}`, 'try-it-note'));
        }
      }
      return item;
    }),
  );
}
