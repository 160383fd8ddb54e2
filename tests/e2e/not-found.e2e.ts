/**
 * An address that does not exist gets the site's own 404 page: it says so, offers the site's
 * search and the ways into the guides and the reference, and is left out of the search index.
 */
import { expect, test } from '@playwright/test';
import { REFERENCE_ROOT } from '../../src/lib/reference/routes.ts';

test('a missing page answers 404 with search and links to the guides and the reference', async ({
  page,
}) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.locator('main[data-pagefind-body]')).toHaveCount(0);

  const main = page.locator('main');
  await main.getByRole('link', { name: 'API reference' }).click();
  await expect(page).toHaveURL(new RegExp(`/${REFERENCE_ROOT}/$`));
  await page.goBack();
  await main.getByRole('link', { name: 'Guides' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
  await page.goBack();

  await main.getByRole('button', { name: 'Search the docs' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }),
  ).toBeFocused();
});
