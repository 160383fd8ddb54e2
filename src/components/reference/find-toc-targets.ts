/** Starlight's "On this page" elements, collapsed (top bar) and in the sidebar. */
const TOC_ELEMENTS = ['mobile-starlight-toc', 'starlight-toc'] as const;

/** What Starlight's "On this page" element exposes that its set-up uses. */
interface StarlightToc extends HTMLElement {
  init: () => void;
  tocHeadingSelector: string;
  current: HTMLAnchorElement;
  getRootMargin(): string;
  onIdle(callback: () => void): void;
}

/**
 * The elements Starlight's "On this page" observes, found by walking the page: its headings, the
 * siblings after a heading without a heading inside, and the children of the content and of
 * `main` without one. Starlight finds the same set with one `querySelectorAll` whose `:has()`
 * tests every element of `main` against its whole subtree: on an operation page (some 2,600
 * elements, deeply nested) that took about 40 ms, twice ("On this page" exists twice), the largest
 * tasks after the first paint on a phone. This walk visits each subtree about once.
 */
export function findTocTargets(main: Element, heading: string): Element[] {
  const targets = new Set<Element>(main.querySelectorAll(`:where(${heading})`));
  const visited = new Set<Element>();
  const withoutHeading = (element: Element) => !element.querySelector(heading);
  for (const start of main.querySelectorAll(`:where(${heading}, .sl-heading-wrapper)`)) {
    for (let next = start.nextElementSibling; next && !visited.has(next);) {
      visited.add(next);
      if (withoutHeading(next)) targets.add(next);
      next = next.nextElementSibling;
    }
  }
  const children = [...main.querySelectorAll('.sl-markdown-content'), main].flatMap((parent) => [
    ...parent.children,
  ]);
  for (const child of children) if (withoutHeading(child)) targets.add(child);
  return [...targets].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

/**
 * Gives Starlight's "On this page" elements a set-up that finds what to observe with
 * `findTocTargets`, and otherwise does what Starlight's does (Starlight 0.42: current link on
 * intersection, a new observer after a resize). Starlight's elements call `this.init()` when the
 * browser is first idle; replacing that method on each element before then is enough. If the
 * page was idle before this ran, Starlight's own set-up has run instead: same result, slower.
 */
export function lightenTocSetUp(): void {
  for (const name of TOC_ELEMENTS) {
    void customElements.whenDefined(name).then(() => {
      for (const toc of document.querySelectorAll<StarlightToc>(name)) {
        // Only where Starlight's element still has what the set-up uses; else its own set-up runs.
        if (
          typeof toc.init === 'function' &&
          typeof toc.tocHeadingSelector === 'string' &&
          typeof toc.getRootMargin === 'function' &&
          typeof toc.onIdle === 'function'
        )
          toc.init = () => setUp(toc);
      }
    });
  }
}

function setUp(toc: StarlightToc): void {
  const main = document.querySelector('main');
  if (!main) return;
  const links = [...toc.querySelectorAll('a')];
  const isHeading = (element: Element) => element.matches(toc.tocHeadingSelector);
  const pageTitle = () => document.getElementById('_top');
  // Starlight's walk up the page to the nearest heading, unchanged.
  const headingOf = (start: Element): Element | null => {
    let element: Element | null = start;
    while (element) {
      if (element.matches('.sl-markdown-content, main > *')) return pageTitle();
      if (isHeading(element)) return element;
      const child = element.querySelector(toc.tocHeadingSelector);
      if (child) return child;
      let previous: Element | null = element.previousElementSibling;
      while (previous?.lastElementChild) previous = previous.lastElementChild;
      element = previous ?? element.parentElement;
    }
    return null;
  };
  const setCurrent = (entries: IntersectionObserverEntry[]) => {
    for (const { isIntersecting, target } of entries) {
      if (!isIntersecting) continue;
      const heading = headingOf(target);
      if (!heading) continue;
      const link = links.find(
        (candidate) => candidate.hash === `#${encodeURIComponent(heading.id)}`,
      );
      if (link) {
        toc.current = link;
        break;
      }
    }
  };
  const targets = findTocTargets(main, toc.tocHeadingSelector);
  let observer: IntersectionObserver | undefined;
  const observe = () => {
    if (observer) return;
    observer = new IntersectionObserver(setCurrent, { rootMargin: toc.getRootMargin() });
    for (const target of targets) observer.observe(target);
  };
  observe();
  let timeout: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    observer?.disconnect();
    observer = undefined;
    clearTimeout(timeout);
    timeout = setTimeout(() => toc.onIdle(observe), 200);
  });
}
