/**
 * Pages do not jump while they load. A browser paints a long page before all of its HTML has
 * arrived, and before it is tall enough to need a scrollbar; Starlight's "On this page" column
 * comes first in the HTML, before the content. Each test serves a page cut just after that column
 * (what a slow network delivers first) and checks that the column and the content already stand
 * where they stay once the whole page is there.
 */
import { expect, test, type Page } from '@playwright/test';

/** Wide enough for Starlight's two-column layout (72rem), as Lighthouse's desktop run. */
const VIEWPORT = { width: 1350, height: 940 };

const PAGES: Array<[string, string]> = [
  ['an operation page', 'api-reference/sessions/listsessions/'],
  ['a guide', 'installation/'],
];

/** Where the column and the content pane stand, and how wide the page's body is laid out. */
const layoutOf = (page: Page) =>
  page.evaluate(() => {
    const box = (selector: string) => {
      const rect = document.querySelector(selector)?.getBoundingClientRect();
      return rect && { x: rect.x, width: rect.width };
    };
    // Operation pages show "On this page" collapsed under the header instead of as a column.
    return {
      column: box('.right-sidebar'),
      toc: box('mobile-starlight-toc nav'),
      content: box('.main-pane'),
      bodyWidth: document.body.getBoundingClientRect().width,
    };
  });

for (const [name, path] of PAGES) {
  test(`on ${name} (/${path}) the "On this page" column and the page width stay put as the rest of the page arrives`, async ({
    playwright,
    launchOptions,
    baseURL,
  }) => {
    // Headless Chromium hides scrollbars unless told otherwise; a reader's window shows them.
    const browser = await playwright.chromium.launch({
      ...launchOptions,
      ignoreDefaultArgs: ['--hide-scrollbars'],
    });
    try {
      const page = await browser.newPage({ baseURL: baseURL ?? '', viewport: VIEWPORT });
      await page.goto(path);
      const whole = await layoutOf(page);
      // The column's left edge is right of the content (its box runs past the window's edge).
      expect(whole.column?.x).toBeGreaterThan(VIEWPORT.width / 2);

      const html = await (await page.request.get(path)).text();
      const endOfColumn = html.indexOf('</aside>', html.indexOf('class="right-sidebar-container'));
      expect(endOfColumn).toBeGreaterThan(0);
      const firstPart = html.slice(0, endOfColumn + '</aside>'.length);
      await page.route(`**/${path}`, (route) =>
        route.fulfill({ contentType: 'text/html', body: firstPart }),
      );
      await page.goto(path);
      const early = await layoutOf(page);
      expect(early.content).toBeUndefined();
      expect(early.column).toEqual(whole.column);
      expect(early.toc).toEqual(whole.toc);
      expect(early.bodyWidth).toBe(whole.bodyWidth);
    } finally {
      await browser.close();
    }
  });
}
