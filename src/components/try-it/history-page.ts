/**
 * The history page: the requests of this tab (newest first) with their kept response bodies,
 * each to open in its operation's panel, copy as curl or delete, and Clear history. The API
 * description is fetched only when a curl is asked for.
 */
import type { ApiModel } from '../../lib/openapi/model.ts';
import { copyText } from './copy-text.ts';
import { historyCurl } from './history-curl.ts';
import { renderHistory } from './history-view.ts';
import { historyBaseUrl } from './panel-history.ts';
import { clearHistory, readHistory, removeFromHistory } from './request-history.ts';

let model: Promise<ApiModel> | undefined;

function loadModel(url: string): Promise<ApiModel> {
  model ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return (await response.json()) as ApiModel;
  });
  model.catch(() => (model = undefined));
  return model;
}

/** Shows the history in the page's container and wires its buttons. */
export function startHistoryPage(root: HTMLElement): void {
  const pick = (name: string): HTMLElement => root.querySelector(`[data-${name}]`) as HTMLElement;
  const list = pick('history-list');
  const status = pick('history-status');
  const clear = pick('action="clear-history"');
  const show = (): void => {
    const entries = readHistory();
    pick('history-empty').hidden = entries.length > 0;
    clear.hidden = entries.length === 0;
    renderHistory(list, entries, {
      showBodies: true,
      copyCurl(entry, lineStatus) {
        loadModel(root.dataset.modelUrl ?? '').then(
          (loaded) => {
            const code = historyCurl(
              loaded,
              entry,
              historyBaseUrl(entry, root.dataset.documentedBase ?? ''),
            );
            if (code === undefined)
              lineStatus.textContent = 'This operation is no longer in the contract.';
            else
              copyText(
                code,
                lineStatus,
                'Copied (the token is read from $SESSIONDOCK_TOKEN).',
                'the command',
              );
          },
          (error: unknown) => {
            lineStatus.textContent = `Could not load the API description (${error instanceof Error ? error.message : String(error)}). Reload the page to try again.`;
          },
        );
      },
      remove(entry) {
        removeFromHistory(entry.id);
        show();
        status.textContent = `Deleted ${entry.method} ${entry.path} from the history.`;
      },
    });
  };
  clear.addEventListener('click', () => {
    clearHistory();
    show();
    status.textContent = 'History cleared.';
  });
  show();
}

const root = document.querySelector<HTMLElement>('[data-history-page]');
if (root) startHistoryPage(root);
