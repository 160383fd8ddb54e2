/**
 * The explorer page's loader: the page paints its static list of operations at once, and Scalar
 * (with its style sheet) is fetched only when the reader reaches for it: fetched when the open
 * button gets focus or the pointer, mounted when it is pressed (or when the address already points
 * into Scalar's reference, `#tag/…`, a link shared from an open explorer).
 */
let loading: Promise<typeof import('./mount-scalar.ts')> | undefined;

/** Fetches the explorer's loader once. */
function loadScalar(): Promise<typeof import('./mount-scalar.ts')> {
  loading ??= import('./mount-scalar.ts');
  return loading;
}

/** Mounts Scalar into the container, then hides the static list it replaces. */
async function openExplorer(container: HTMLElement, root: HTMLElement): Promise<void> {
  if (root.dataset.state === 'loading' || root.dataset.state === 'open') return;
  root.dataset.state = 'loading';
  try {
    const { mountScalar } = await loadScalar();
    await mountScalar(container);
    root.dataset.state = 'open';
  } catch (error) {
    // A failed chunk request (offline, a deploy in between) leaves the static list and says so.
    loading = undefined;
    root.dataset.state = 'failed';
    console.warn('The interactive explorer could not be loaded:', error);
  }
}

/** Wires the open button of the explorer page (`explorer.astro`). */
export function startExplorer(): void {
  const root = document.querySelector<HTMLElement>('.explorer');
  const container = document.getElementById('explorer');
  const button = document.getElementById('explorer-open');
  if (!root || !container || !button) return;
  const prefetch = () => {
    void loadScalar().catch(() => undefined);
    // Scalar's own entry: fetched and parsed now, run when the button is pressed.
    const preload = document.createElement('link');
    preload.rel = 'modulepreload';
    preload.href = container.dataset.scalarUrl ?? '';
    document.head.append(preload);
  };
  button.addEventListener('focus', prefetch, { once: true });
  button.addEventListener('pointerenter', prefetch, { once: true });
  button.addEventListener('click', () => {
    void openExplorer(container, root);
  });
  if (
    location.hash.startsWith('#tag/') ||
    location.hash.startsWith('#description/') ||
    location.hash.startsWith('#model')
  ) {
    void openExplorer(container, root);
  }
}
