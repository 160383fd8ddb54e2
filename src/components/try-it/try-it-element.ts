/**
 * The only try-it code a page loads before interaction: a custom element that, on the reader's
 * first click (or when the page is opened from a link to a request), loads the panel and hands
 * itself over. "Reproduce" buttons of the response sections are wired here too, by delegation,
 * so that they work before the panel exists.
 */
type PanelModule = typeof import('./try-it-panel.ts');

let panelModule: Promise<PanelModule> | undefined;
const loadPanel = (): Promise<PanelModule> => (panelModule ??= import('./try-it-panel.ts'));

/** A shared request's fragment (see share-link.ts; not imported, to keep this module tiny). */
const isSharedRequest = (hash: string): boolean => hash.startsWith('#try?');

class TryItElement extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('[data-action="open"]')?.addEventListener('click', () => void this.open(), {
      once: true,
    });
    // A link to a request opens the panel and fills it: the one case where the panel starts unasked.
    if (isSharedRequest(location.hash)) void this.fillFromLink(location.hash);
  }

  /** Opens the panel and fills it from a shared request's fragment. */
  async fillFromLink(hash: string): Promise<void> {
    const panel = await this.open();
    await panel.fillFromLink(hash);
  }

  /** Mounts the panel (once) and returns it. */
  async open(): Promise<import('./try-it-panel.ts').TryItPanel> {
    const { mountPanel } = await loadPanel();
    return mountPanel(this);
  }
}

if (!customElements.get('sd-try-it')) customElements.define('sd-try-it', TryItElement);

document.addEventListener('click', (event) => {
  const button =
    event.target instanceof Element
      ? event.target.closest<HTMLElement>('[data-reproduce-status]')
      : null;
  const element = document.querySelector<TryItElement>('sd-try-it');
  if (!button || !element) return;
  const { reproduceStatus = '', reproduceExample } = button.dataset;
  void element.open().then((panel) => panel.reproduce(reproduceStatus, reproduceExample));
});

window.addEventListener('hashchange', () => {
  const element = document.querySelector<TryItElement>('sd-try-it');
  if (element && isSharedRequest(location.hash)) void element.fillFromLink(location.hash);
});
