/**
 * What search indexes on an operation page: the explanation (summary, description, parameters,
 * schemas), not the code samples, the try-it panel and the examples beside it, which repeat on
 * every operation page and would bury the guides under twenty near-identical hits.
 */
import { expect, test } from '@playwright/test';

test('a word only the samples use finds guides, not every operation page', async ({ page }) => {
  await page.goto('installation/');
  await page.locator('site-search button[data-open-modal]').click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  // Every operation's Windows sample runs curl.exe; so do the installation and recipe guides.
  await dialog.getByRole('textbox', { name: 'Search' }).fill('curl.exe');
  const results = dialog.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((links) =>
    links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
  expect(hrefs.some((href) => href.endsWith('/installation/'))).toBe(true);
  expect(hrefs.filter((href) => href.includes('/api-reference/'))).toEqual([]);
});
