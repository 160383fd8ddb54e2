/**
 * The only try-it code a page loads before interaction: a custom element that, on the reader's
 * first click, loads the panel and hands itself over. "Reproduce" buttons of the response
 * sections are wired here too, by delegation, so that they work before the panel exists.
 */
type PanelModule = typeof import('./try-it-panel.ts');

let panelModule: Promise<PanelModule> | undefined;
const loadPanel = (): Promise<PanelModule> => (panelModule ??= import('./try-it-panel.ts'));

class TryItElement extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('[data-action="open"]')?.addEventListener('click', () => void this.open(), { once: true });
  }

  /** Mounts the panel (once) and returns it. */
  async open(): Promise<import('./try-it-panel.ts').TryItPanel> {
    const { mountPanel } = await loadPanel();
    return mountPanel(this);
  }
}

if (!customElements.get('sd-try-it')) customElements.define('sd-try-it', TryItElement);

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-reproduce-status]') : null;
  const element = document.querySelector<TryItElement>('sd-try-it');
  if (!button || !element) return;
  const { reproduceStatus = '', reproduceExample } = button.dataset;
  void element.open().then((panel) => panel.reproduce(reproduceStatus, reproduceExample));
});
