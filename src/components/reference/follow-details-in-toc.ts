/** Starlight's "On this page" elements, collapsed (top bar) and in the sidebar. */
const TOC_ELEMENTS = ['mobile-starlight-toc', 'starlight-toc'] as const;
/** Where Starlight's observer starts counting a heading as reached, below the header and the bar. */
const BAND_DEPTH = 32 + 53;

/**
 * Keeps "On this page" naming the section of the left pane the reader is at, in the two-pane
 * layout. Starlight's observer also sees the sticky right pane, which stays in view: after a jump to
 * a left-pane heading it entered the watched band together with that heading and, being first in
 * the page, won ("Code samples"). In one column the right pane's sections are read in turn and
 * keep their names.
 */
export function followDetailsInToc(twoPanes: MediaQueryList): void {
  const side = document.querySelector('.reference-side');
  if (!side) return;
  for (const name of TOC_ELEMENTS) {
    void customElements.whenDefined(name).then(() => {
      for (const toc of document.querySelectorAll<HTMLElement>(name))
        redirectSideLinks(toc, side, twoPanes);
    });
  }
}

function redirectSideLinks(toc: HTMLElement, side: Element, twoPanes: MediaQueryList): void {
  // Starlight's own setter, on the element's class, called with the element as `this`.
  const proto = Object.getPrototypeOf(toc) as object;
  if (!Object.getOwnPropertyDescriptor(proto, 'current')?.set) return;
  const links = [...toc.querySelectorAll('a')];
  const targetOf = (link: HTMLAnchorElement) =>
    document.getElementById(decodeURIComponent(link.hash.slice(1)));
  /** The last left-pane heading at or above the band, else the page's first entry. */
  const linkAtReader = () => {
    const line =
      (document.querySelector('header')?.getBoundingClientRect().height ?? 0) +
      (toc.querySelector('summary')?.getBoundingClientRect().height ?? 0) +
      BAND_DEPTH;
    let found = links[0];
    for (const link of links) {
      const target = targetOf(link);
      if (target && !side.contains(target) && target.getBoundingClientRect().top <= line)
        found = link;
    }
    return found;
  };
  Object.defineProperty(toc, 'current', {
    configurable: true,
    set(link: HTMLAnchorElement) {
      const inSide = side.contains(targetOf(link));
      Reflect.set(
        proto,
        'current',
        twoPanes.matches && inSide ? (linkAtReader() ?? link) : link,
        toc,
      );
    },
  });
}
