/**
 * Pages do not jump while they load. A browser paints a long page before all of its HTML has
 * arrived; Starlight's "On this page" column comes first in the HTML, before the content. Each
 * test serves a page cut just after that column (what a slow network delivers first) and checks
 * the column already stands where it stays once the whole page is there.
 */
import { expect, test, type Page } from '@playwright/test';

/** Wide enough for Starlight's two-column layout (72rem), as Lighthouse's desktop run. */
test.use({ viewport: { width: 1350, height: 940 } });

const PAGES: Array<[string, string]> = [
  ['an operation page', 'api-reference/sessions/listsessions/'],
  ['a guide', 'installation/'],
];

const columnBox = (page: Page) => page.locator('.right-sidebar').boundingBox();

for (const [name, path] of PAGES) {
  test(`on ${name} (/${path}) the "On this page" column does not move as the rest of the page arrives`, async ({ page }) => {
    await page.goto(path);
    const whole = await columnBox(page);
    // Its left edge, on the right of the content (the box itself runs past the viewport's edge).
    expect(whole?.x).toBeGreaterThan(1350 / 2);

    const html = await (await page.request.get(path)).text();
    const endOfColumn = html.indexOf('</aside>', html.indexOf('class="right-sidebar-container'));
    expect(endOfColumn).toBeGreaterThan(0);
    const firstPart = html.slice(0, endOfColumn + '</aside>'.length);
    await page.route(`**/${path}`, (route) => route.fulfill({ contentType: 'text/html', body: firstPart }));
    await page.goto(path);
    await expect(page.locator('.main-pane')).toHaveCount(0);
    expect(await columnBox(page)).toEqual(whole);
  });
}
