import type { OperationModel } from '../../lib/openapi/model.ts';
import { operationRoute, withBase } from '../../lib/reference/routes.ts';
import type { InputsToApply } from './apply-inputs.ts';
import { copyText } from './copy-text.ts';
import { historyCurl } from './history-curl.ts';
import { renderHistory } from './history-view.ts';
import type { PanelContext } from './panel-context.ts';
import {
  addToHistory,
  clearHistory,
  keepableBody,
  readHistory,
  removeFromHistory,
  type HistoryEntry,
} from './request-history.ts';
import { statusText } from './response-view.ts';
import { setHidden, setText } from './set-text.ts';
import type { SentExchange } from './send-from-panel.ts';
import { readBaseUrl } from './target-choice.ts';

/** The base URL a history entry's curl is written against: the reader's app, or the documented one. */
export function historyBaseUrl(entry: HistoryEntry, documentedBase: string): string {
  return entry.target === 'app' ? (readBaseUrl() ?? documentedBase) : documentedBase;
}

/** The path and query of a sent URL relative to its base URL: `/sessions?q=drums`. */
function relativePath(url: string, baseUrl: string): string {
  try {
    const sent = new URL(url);
    const basePath = new URL(baseUrl).pathname.replace(/\/+$/, '');
    const path = sent.pathname.startsWith(basePath)
      ? sent.pathname.slice(basePath.length)
      : sent.pathname;
    return `${path || '/'}${sent.search}`;
  } catch {
    return url;
  }
}

/** Records one exchange in the tab's history (inputs and outcome; never the token) and shows it. */
export function recordInHistory(
  context: PanelContext,
  sent: SentExchange,
  operation: OperationModel,
  inputs: InputsToApply,
  baseUrl: string,
): void {
  const { exchange } = sent;
  const entries = addToHistory({
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    at: new Date().toISOString(),
    operationId: operation.id,
    method: sent.request.method,
    path: relativePath(sent.request.url, baseUrl),
    pagePath: withBase(context.basePath, operationRoute(operation)),
    target: sent.target,
    status: exchange.kind === 'response' ? exchange.status : undefined,
    outcome:
      exchange.kind === 'response'
        ? statusText(exchange.status, exchange.statusText)
        : `No response (${exchange.failure})`,
    durationMs: exchange.durationMs,
    inputs,
    ...(exchange.kind === 'response'
      ? keepableBody(exchange.bodyText)
      : { bodyNote: 'No response arrived.' }),
  });
  showPanelHistory(context, entries);
}

/**
 * Shows the tab's history in the panel's History box: the count always, the list only while the
 * box is open (it is rendered when the box opens), since every entry rendered costs a restyle of
 * the page (see set-text.ts).
 */
export function showPanelHistory(
  context: PanelContext,
  entries: readonly HistoryEntry[] = readHistory(),
): void {
  const { fields } = context;
  setText(fields.part('history-count'), `(${entries.length})`);
  setHidden(fields.part('history-empty'), entries.length > 0);
  setHidden(fields.button('clear-history'), entries.length === 0);
  const list = fields.part('history-list');
  const box = list.closest('details');
  if (box && !box.open) {
    if (list.firstChild) list.replaceChildren();
    return;
  }
  renderHistory(list, entries, {
    showBodies: false,
    copyCurl(entry, status) {
      const code = historyCurl(context.model, entry, historyBaseUrl(entry, context.documentedBase));
      if (code === undefined) status.textContent = 'This operation is no longer in the contract.';
      else
        copyText(
          code,
          status,
          'Copied (the token is read from $SESSIONDOCK_TOKEN).',
          'the command',
        );
    },
    remove(entry) {
      removeFromHistory(entry.id);
      showPanelHistory(context);
      fields.part('history-status').textContent =
        `Deleted ${entry.method} ${entry.path} from the history.`;
    },
  });
}

/** Wires Clear history and the opening of the box, and shows the history as it stands. */
export function bindPanelHistory(context: PanelContext): void {
  context.fields
    .part('history-list')
    .closest('details')
    ?.addEventListener('toggle', (event) => {
      if ((event.currentTarget as HTMLDetailsElement).open) showPanelHistory(context);
    });
  context.fields.button('clear-history').addEventListener('click', () => {
    clearHistory();
    showPanelHistory(context);
    context.fields.part('history-status').textContent = 'History cleared.';
  });
  showPanelHistory(context);
}
