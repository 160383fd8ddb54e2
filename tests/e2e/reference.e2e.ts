/**
 * The generated reference in the browser, generated from the contract: every operation page
 * (title, mode badge, parameters, statuses, examples, the bash sample as copied), axe on every
 * reference page in both themes, keyboard use of the samples, search, and the explorer.
 */
import { expect, test, type Page } from '@playwright/test';
import { modeLabel } from '../../src/lib/reference/operation-outline.ts';
import { toDisplayPath } from '../../src/lib/reference/display-path.ts';
import {
  groupRoute,
  operationRoute,
  REFERENCE_ROOT,
  responseAnchor,
} from '../../src/lib/reference/routes.ts';
import { buildOperationRequest } from '../../src/lib/snippets/build-operation-request.ts';
import { buildSnippets } from '../../src/lib/snippets/build-snippets.ts';
import { referenceWords } from '../../src/data/reference-words.ts';
import { loadContractModel } from '../support/load-contract-model.ts';
import { axeViolations } from './support/axe-violations.ts';

const model = await loadContractModel();
const referencePages = [
  `${REFERENCE_ROOT}/`,
  ...model.groups.map(groupRoute),
  ...model.operations.map(operationRoute),
];

/** Opens a page with Starlight's theme preference set before any script runs. */
async function openInTheme(page: Page, path: string, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

for (const operation of model.operations) {
  test(`${operation.id}: its page shows the title, mode, parameters and every documented response`, async ({
    page,
  }) => {
    await page.goto(operationRoute(operation));
    const main = page.locator('main');
    await expect(
      main.getByRole('heading', { level: 1, name: operation.summary, exact: true }),
    ).toBeVisible();
    if (operation.mode)
      await expect(
        main.getByText(`Required mode: ${modeLabel(operation.mode).text}`),
      ).toBeVisible();
    for (const parameter of operation.parameters) {
      await expect(
        main
          .locator('table.reference-parameters')
          .getByRole('rowheader', { name: parameter.name, exact: true }),
      ).toBeVisible();
    }
    for (const response of operation.responses) {
      const section = main.locator(`section:has(> h3#${responseAnchor(response.status)})`);
      await expect(section.getByRole('heading', { level: 3 })).toContainText(response.status);
      for (const example of response.content.flatMap((media) => media.examples)) {
        const shown = section.locator(`[data-example="${example.name}"]`);
        await expect(shown.locator('pre')).toContainText(
          JSON.stringify(example.value, null, 2).split('\n')[1]?.trim() ?? '',
        );
      }
    }
  });

  test(`${operation.id}: the bash sample copies exactly the generated command`, async ({
    page,
  }) => {
    await page.goto(operationRoute(operation));
    const expected = buildSnippets(
      buildOperationRequest(operation, undefined, referenceWords),
    ).find((sample) => sample.id === 'curl-bash')?.code;
    const panel = page.locator('starlight-tabs').first().getByRole('tabpanel');
    // Expressive Code stores the copied text with line breaks as U+007F.
    const copied = (await panel.locator('button[data-code]').getAttribute('data-code'))?.replaceAll(
      '\u007f',
      '\n',
    );
    expect(copied).toBe(expected);
  });
}

for (const path of referencePages) {
  test(`/${path} has no axe violations in the light and dark themes`, async ({ page }) => {
    await openInTheme(page, path, 'light');
    for (const theme of ['light', 'dark'] as const) {
      // Starlight's theme is CSS keyed on data-theme: switching it restyles the page without a reload.
      await page.evaluate((value) => {
        document.documentElement.dataset.theme = value;
      }, theme);
      expect(await axeViolations(page, { label: theme })).toEqual([]);
    }
  });
}

test('the code sample tabs work from the keyboard and the choice holds on the next page', async ({
  page,
}) => {
  const [first, second] = model.operations;
  await page.goto(operationRoute(first ?? model.operations[0]!));
  const tabs = page.locator('starlight-tabs').first();
  await tabs.getByRole('tab', { name: 'bash' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'PowerShell' })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: 'PowerShell' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(tabs.getByRole('tabpanel')).toContainText('curl.exe');
  await page.goto(operationRoute(second ?? model.operations[0]!));
  await expect(
    page.locator('starlight-tabs').first().getByRole('tab', { name: 'PowerShell' }),
  ).toHaveAttribute('aria-selected', 'true');
});

test('every operation page has a try-it region that names its operation', async ({ page }) => {
  const operation = model.operations[0]!;
  await page.goto(operationRoute(operation));
  const region = page.locator(`section.try-it[data-operation-id="${operation.id}"]`);
  await expect(region.getByRole('heading', { level: 2, name: 'Try it' })).toBeVisible();
});

test('the index lists every operation, grouped by tag, with links that work', async ({ page }) => {
  await page.goto(`${REFERENCE_ROOT}/`);
  for (const group of model.groups) {
    await expect(page.getByRole('heading', { level: 2, name: group.displayName })).toBeVisible();
  }
  for (const operation of model.operations) {
    await expect(
      page
        .locator(`tr[data-operation-id="${operation.id}"]`)
        .getByRole('rowheader', { name: operation.summary }),
    ).toBeVisible();
  }
  const first = model.operations[0]!;
  await page.getByRole('link', { name: first.summary, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: first.summary })).toBeVisible();
});

test('search finds an operation page by its summary', async ({ page }) => {
  const operation =
    model.operations.find((candidate) => candidate.mode === 'full-automation') ??
    model.operations[0]!;
  await page.goto(`${REFERENCE_ROOT}/`);
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill(operation.summary);
  await dialog
    .getByRole('link', { name: new RegExp(operation.summary) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: operation.summary })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${operation.group}/`));
});

test('search results name an operation by its method and path, so that operations of one path differ', async ({
  page,
}) => {
  const path = model.operations.find(
    (operation) => operation.id === 'patchSessionWaveformNotes',
  )?.path;
  const operations = model.operations.filter((operation) => operation.path === path);
  expect(operations.length).toBeGreaterThan(1);
  await page.goto(`${REFERENCE_ROOT}/`);
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  for (const operation of operations) {
    await dialog.getByRole('textbox', { name: 'Search' }).fill(operation.summary);
    const title = `${operation.summary} · ${operation.method.toUpperCase()} ${toDisplayPath(operation)}`;
    await expect(dialog.getByRole('link', { name: title, exact: true })).toHaveCount(1);
  }
});

test('the explorer loads with no page error and lists every operation', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('explorer/');
  for (const operation of model.operations) {
    await expect(page.getByText(operation.summary, { exact: true }).first()).toBeAttached({
      timeout: 15_000,
    });
  }
  expect(errors).toEqual([]);
});
