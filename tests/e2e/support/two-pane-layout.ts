import type { Page } from '@playwright/test';

/** The box of the chosen sample tab in the request side (a long sample scrolls inside it). */
export const visibleSample = (page: Page) =>
  page.locator(
    'section[aria-labelledby="code-samples"] [role="tabpanel"]:visible .reference-sample',
  );

/** Scrolls the page so that `selector` sits just under the header and "On this page". */
export async function scrollToSection(page: Page, selector: string): Promise<void> {
  await page.evaluate((target) => {
    const element = document.querySelector(target);
    if (!element) throw new Error(`no ${target}`);
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - 140);
  }, selector);
  // Let the sticky pane settle (its height follows whether it is stuck).
  await page.waitForFunction(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))),
      ),
  );
}
