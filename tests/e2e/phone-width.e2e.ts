/**
 * Every page of the sitemap fits a phone's width: nothing makes the page itself scroll sideways
 * (a phone browser would then zoom the whole page out and push the header's search and menu off
 * screen). Wide content may scroll inside its own box, as code blocks do.
 */
import { expect, test } from '@playwright/test';
import { listBuiltPages } from '../support/built-pages.ts';
import { axeViolations } from './support/axe-violations.ts';
import { stickingOut } from './support/sticking-out.ts';

/** The production build the preview serves (`npm test` builds into dist). */
const DIST = process.env.DOCS_DIST ?? 'dist';

/** A common phone (412 CSS pixels wide, as a Pixel 7), laid out as a phone browser does. */
test.use({
  viewport: { width: 412, height: 915 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
});

for (const path of listBuiltPages(DIST)) {
  test(`/${path} fits a phone's width`, async ({ page }) => {
    await page.goto(path || './');
    const layout = await page.evaluate(() => ({
      layoutWidth: window.innerWidth,
      width: document.documentElement.clientWidth,
    }));
    const sticksOut = await stickingOut(page);
    expect(
      sticksOut,
      `the page is ${layout.layoutWidth} px wide on a ${layout.width} px screen`,
    ).toEqual([]);
    expect(layout.layoutWidth).toBe(layout.width);
  });
}

test('on a phone the parameters are cards with labelled facts, still a table to assistive technology', async ({
  page,
}) => {
  await page.goto('api-reference/sessions/listsessions/');
  const table = page.locator('table.reference-parameters');
  const card = table.locator('tr[data-parameter="limit"]');
  await expect(card).toHaveCSS('display', 'block');
  for (const label of ['Type', 'In', 'Example'])
    await expect(card.getByText(label, { exact: true })).toBeVisible();
  await expect(card.getByText('optional', { exact: true })).toBeVisible();
  // The table's roles and headers are unchanged: the row is named by its parameter, the cells by their column.
  await expect(
    page
      .getByRole('table')
      .filter({ has: page.getByRole('rowheader', { name: 'limit', exact: true }) }),
  ).toHaveCount(1);
  await expect(page.getByRole('columnheader', { name: 'Required' })).toHaveCount(1);
  expect(
    await axeViolations(page, {
      within: 'table.reference-parameters',
      tags: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    }),
  ).toEqual([]);
});
