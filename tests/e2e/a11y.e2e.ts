/**
 * Every page of the sitemap, opened once as a reader without a network would open it (every host
 * but the site's own blocked): nothing fails to load, nothing breaks the Content-Security-Policy,
 * and axe (WCAG 2.0 and 2.1, levels A and AA) finds nothing, with contrast checked in the light
 * and dark themes. One visit serves the offline and the accessibility checks. Reference pages get
 * only the WCAG 2.1 rules here: reference.e2e.ts runs the 2.0 ones on them in both themes. Then
 * the states a page load does not show: the try-it panel with a response, the search dialog.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { REFERENCE_ROOT } from '../../src/lib/reference/routes.ts';
import { listBuiltPages } from '../support/built-pages.ts';
import { TryItPage } from './support/try-it-page.ts';
import { watchPage } from './support/watch-page.ts';

/** The production build the preview serves (`npm test` builds into dist). */
const DIST = process.env.DOCS_DIST ?? 'dist';
const WCAG_20 = ['wcag2a', 'wcag2aa'];
const WCAG_21 = ['wcag21a', 'wcag21aa'];
const ALL = [...WCAG_20, ...WCAG_21];
// Starlight's search button is named "Search" (aria-label) and also shows its shortcut, "Ctrl K",
// which axe's label-content-name-mismatch (WCAG 2.5.3) flags on every page. That markup is
// Starlight's on purpose (withastro/starlight#2025), not ours: only that node of that rule is let through.
const isUpstream = (rule: string, html: string) =>
  rule === 'label-content-name-mismatch' && html.startsWith('<button data-open-modal');

/** axe's violations, one line per rule with the elements it flags: all rules in the light theme, contrast in the dark one. */
async function axeViolations(page: Page, tags: string[], within?: string): Promise<string[]> {
  const builder = () =>
    within ? new AxeBuilder({ page }).include(within) : new AxeBuilder({ page });
  const lines = (
    theme: string,
    violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'],
  ) =>
    violations
      .map((violation) => ({
        ...violation,
        nodes: violation.nodes.filter((node) => !isUpstream(violation.id, node.html)),
      }))
      .filter((violation) => violation.nodes.length > 0)
      .map(
        (violation) =>
          `${theme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
      );
  const found: string[] = [];
  // Contrast is a WCAG 2.0 rule: without it (reference pages) the dark theme has nothing to add.
  const themes = tags.includes('wcag2aa') ? (['light', 'dark'] as const) : (['light'] as const);
  for (const theme of themes) {
    // Starlight's theme is CSS keyed on data-theme, Scalar's follows the color scheme: both restyle without a reload.
    await page.emulateMedia({ colorScheme: theme });
    await page.evaluate((value) => {
      document.documentElement.dataset.theme = value;
    }, theme);
    if (theme === 'dark') {
      found.push(
        ...lines(theme, (await builder().withRules(['color-contrast']).analyze()).violations),
      );
      continue;
    }
    found.push(...lines(theme, (await builder().withTags(tags).analyze()).violations));
  }
  return found;
}

for (const path of listBuiltPages(DIST)) {
  test(`/${path} loads offline with nothing failing, within the CSP, and has no axe violations`, async ({
    page,
    baseURL,
  }) => {
    const watch = await watchPage(page, new URL(baseURL ?? '').origin);
    const response = await page.goto(path || './', { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect.soft(watch).toEqual({ outside: [], failed: [], cspViolations: [] });
    const isReference = path.startsWith(`${REFERENCE_ROOT}/`);
    expect.soft(await axeViolations(page, isReference ? WCAG_21 : ALL)).toEqual([]);
  });
}

test('the try-it panel with a response shown has no axe violations', async ({ page }) => {
  const tryIt = new TryItPage(page);
  await page.goto('api-reference/sessions/createsession/');
  await tryIt.open();
  await tryIt.send();
  await expect(tryIt.statusLine).toHaveText(/^201\b/);
  await tryIt.panel.locator('[data-headers-box] summary').click();
  expect(await axeViolations(page, ALL, 'sd-try-it')).toEqual([]);
});

test('the search dialog with results has no axe violations', async ({ page }) => {
  await page.goto('./');
  await page.locator('site-search button[data-open-modal]').click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill('session');
  await expect(dialog.getByRole('link').first()).toBeVisible();
  expect(await axeViolations(page, ALL, 'dialog')).toEqual([]);
});
