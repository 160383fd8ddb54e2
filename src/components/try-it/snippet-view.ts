import { buildSnippets } from '../../lib/snippets/build-snippets.ts';
import type { Snippet, SnippetRequest } from '../../lib/snippets/snippet-request.ts';

const LANGUAGE_KEY = 'sessiondock-docs:snippet-language';

/** The panel's code samples: tabs per language, following every change of the inputs. */
export interface SnippetView {
  show(request: SnippetRequest, revealToken: string | undefined): void;
  /** The code of the selected tab (what Copy puts on the clipboard). */
  current(): string;
}

/** Wires the tab list and code area of the panel. */
export function createSnippetView(tabList: HTMLElement, panel: HTMLElement): SnippetView {
  let snippets: Snippet[] = [];
  let selected = readLanguage();
  const select = (id: string, focus = false): void => {
    selected = id;
    saveLanguage(id);
    for (const tab of tabList.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
      const active = tab.dataset.snippetId === id;
      tab.setAttribute('aria-selected', String(active));
      tab.tabIndex = active ? 0 : -1;
      if (active && focus) tab.focus();
    }
    panel.textContent = snippets.find((snippet) => snippet.id === id)?.code ?? '';
    panel.setAttribute(
      'aria-label',
      `${snippets.find((snippet) => snippet.id === id)?.label ?? ''} code`,
    );
  };
  tabList.addEventListener('click', (event) => {
    const tab =
      event.target instanceof Element ? event.target.closest<HTMLElement>('[role="tab"]') : null;
    if (tab?.dataset.snippetId) select(tab.dataset.snippetId);
  });
  tabList.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = snippets.findIndex((snippet) => snippet.id === selected);
    const next =
      snippets[(index + (event.key === 'ArrowRight' ? 1 : snippets.length - 1)) % snippets.length];
    if (next) select(next.id, true);
    event.preventDefault();
  });
  return {
    show(request, revealToken) {
      snippets = buildSnippets(request, revealToken === undefined ? {} : { revealToken });
      if (tabList.childElementCount === 0) {
        for (const snippet of snippets) {
          const tab = document.createElement('button');
          tab.type = 'button';
          tab.setAttribute('role', 'tab');
          tab.dataset.snippetId = snippet.id;
          tab.textContent = snippet.label;
          tabList.append(tab);
        }
      }
      select(
        snippets.some((snippet) => snippet.id === selected) ? selected : (snippets[0]?.id ?? ''),
      );
    },
    current: () => snippets.find((snippet) => snippet.id === selected)?.code ?? '',
  };
}

function readLanguage(): string {
  try {
    return sessionStorage.getItem(LANGUAGE_KEY) ?? 'curl-bash';
  } catch {
    return 'curl-bash';
  }
}

function saveLanguage(id: string): void {
  try {
    sessionStorage.setItem(LANGUAGE_KEY, id);
  } catch {
    // The choice then lasts for this page only.
  }
}
