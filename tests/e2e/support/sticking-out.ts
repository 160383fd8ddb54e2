import type { Page } from '@playwright/test';

/**
 * What sticks out sideways, outermost first (up to five, as `<tag class="…"> to N px`): out of
 * the window's width, or with `within`, out of each element that selector matches. What scrolls
 * or clips inside its own box (as code blocks do) and what is fixed to the screen does not count.
 */
export function stickingOut(page: Page, within?: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const bounds: Array<[Element, number]> = selector
      ? [...document.querySelectorAll(selector)].map((element) => [
          element,
          element.getBoundingClientRect().right,
        ])
      : [[document.body, document.documentElement.clientWidth]];
    const found: string[] = [];
    for (const [container, right] of bounds) {
      const contained = (element: Element) => {
        for (
          let node: Element | null = element;
          node && node !== container;
          node = node.parentElement
        ) {
          const style = getComputedStyle(node);
          if (style.position === 'fixed' || (node !== element && style.overflowX !== 'visible'))
            return true;
        }
        return false;
      };
      const wide = [...container.querySelectorAll('*')].filter(
        (element) => element.getBoundingClientRect().right > right + 1 && !contained(element),
      );
      found.push(
        ...wide
          .filter((element) => !wide.includes(element.parentElement as Element))
          .map(
            (element) =>
              `<${element.tagName.toLowerCase()} class="${element.className}"> to ${Math.round(element.getBoundingClientRect().right)} px`,
          ),
      );
    }
    return found.slice(0, 5);
  }, within);
}
