/**
 * The operation page's layout as a reader meets it. On a laptop or desktop window the request side
 * (code samples, try-it panel, response examples) stays in view beside the parameters and the
 * responses, and the panel opens and sends without scrolling the page. On a phone everything is
 * one column in the order a reader needs it. In both, the keyboard goes through the page in the
 * order it reads.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { siteConfig } from '../../site.config.ts';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';
import { operationRoute } from '../../src/lib/reference/routes.ts';
import { TryItPage } from './support/try-it-page.ts';
import { scrollToSection, visibleSample } from './support/two-pane-layout.ts';

const model = await loadContract(
  readFileSync(siteConfig.contractPath, 'utf8'),
  siteConfig.contractPath,
);
const operationOf = (id: string) => {
  const operation = model.operations.find((candidate) => candidate.id === id);
  if (!operation) throw new Error(`The contract has no operation ${id}`);
  return operation;
};
/** One with many parameters, one with a request body. */
const OPERATIONS = [operationOf('listSessions'), operationOf('createImport')];
const WINDOWS = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
];

for (const size of WINDOWS) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    for (const operation of OPERATIONS) {
      test(`${operation.id}: the samples and Send stay on screen from the parameters to the responses`, async ({
        page,
      }) => {
        const tryIt = new TryItPage(page);
        await tryIt.goto(operation);
        await expect(
          tryIt.panel.getByRole('button', { name: 'Open the try-it panel' }),
        ).toBeInViewport({ ratio: 1 });
        await tryIt.open();
        expect(
          await page.evaluate(() => window.scrollY),
          'opening the panel scrolled the page',
        ).toBe(0);
        await expect(tryIt.sendButton).toBeInViewport({ ratio: 1 });

        const details = operation.parameters.length > 0 ? '#parameters' : '#request-body';
        for (const section of [details, '#responses']) {
          await test.step(`at ${section}`, async () => {
            await scrollToSection(page, section);
            await expect(page.locator(section)).toBeInViewport();
            await expect(visibleSample(page)).toBeInViewport({ ratio: 0.95 });
            await expect(tryIt.sendButton).toBeInViewport({ ratio: 1 });
            const before = await page.evaluate(() => window.scrollY);
            await tryIt.send();
            expect(await page.evaluate(() => window.scrollY), 'sending scrolled the page').toBe(
              before,
            );
          });
        }
      });
    }

    test('listSessions: a parameter takes one compact row, not a card', async ({ page }) => {
      await page.goto(operationRoute(operationOf('listSessions')));
      const row = page.locator('table.reference-parameters tr[data-parameter="q"]');
      const [name, type] = [row.getByRole('rowheader'), row.locator('.parameter-type')];
      const [nameBox, typeBox, rowBox] = await Promise.all([
        name.boundingBox(),
        type.boundingBox(),
        row.boundingBox(),
      ]);
      // Name and type on one line, the whole parameter within about 90 px.
      expect(Math.abs((nameBox?.y ?? 0) - (typeBox?.y ?? 100))).toBeLessThan(8);
      expect(rowBox?.height).toBeLessThanOrEqual(90);
    });
  });
}

/** The regions of an operation page in reading order, as selectors. */
const REGIONS: Array<[string, string]> = [
  ['summary', '.reference-summary'],
  ['samples', 'section[aria-labelledby="code-samples"]'],
  ['try-it', 'section.try-it'],
  ['response examples', '.reference-response-examples'],
  ['parameters', '.reference-parameters-section'],
  ['request body', 'section[aria-labelledby="request-body"]'],
  ['responses', 'section[aria-labelledby="responses"]'],
];

/** The regions that Tab reaches, in the order it reaches them, from the top of the operation. */
async function regionsInTabOrder(page: Page): Promise<string[]> {
  await page.locator('.reference-operation').evaluate((element) => {
    element.setAttribute('tabindex', '-1');
    (element as HTMLElement).focus();
  });
  const order: string[] = [];
  for (let presses = 0; presses < 200; presses += 1) {
    await page.keyboard.press('Tab');
    const region = await page.evaluate((regions) => {
      const active = document.activeElement;
      if (!active?.closest('.reference-operation')) return null;
      return regions.find(([, selector]) => active.closest(selector))?.[0] ?? 'other';
    }, REGIONS);
    if (region === null) break;
    if (order.at(-1) !== region) order.push(region);
  }
  return order;
}

/** The regions that hold something the keyboard can reach, in reading order (the layout's). */
const reachableRegions = (page: Page, wide: boolean) =>
  page.evaluate(
    ([regions, isWide]) =>
      regions
        .filter(
          ([name, selector]) =>
            (isWide || name !== 'response examples') &&
            [
              ...document.querySelectorAll(
                `${selector} :is(a[href], button, input, select, textarea, summary, [tabindex="0"])`,
              ),
            ].some((element) => element.getClientRects().length > 0),
        )
        .map(([name]) => name),
    [REGIONS, wide] as const,
  );

for (const [label, viewport, wide] of [
  ['two panes, 1280 px', { width: 1280, height: 800 }, true],
  ['one column, 390 px', { width: 390, height: 844 }, false],
] as const) {
  for (const operation of OPERATIONS) {
    test(`${operation.id}: the keyboard follows the reading order (${label})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(operationRoute(operation));
      const expected = await reachableRegions(page, wide);
      expect(expected.length).toBeGreaterThanOrEqual(3);
      expect(await regionsInTabOrder(page)).toEqual(expected);
    });
  }
}

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  for (const operation of OPERATIONS) {
    test(`${operation.id}: one column, in the order summary, samples and panel, parameters, body, responses`, async ({
      page,
    }) => {
      await page.goto(operationRoute(operation));
      const column = await page.locator('.reference-operation').boundingBox();
      const boxes = [];
      for (const [name, selector] of REGIONS) {
        if (name === 'response examples') {
          await expect(page.locator(selector)).toBeHidden();
          continue;
        }
        const region = page.locator(selector);
        if ((await region.count()) === 0) continue;
        const box = await region.boundingBox();
        expect(box, `${name} is not shown`).not.toBeNull();
        expect(box?.x, `${name} is not in the column`).toBeCloseTo(column?.x ?? 0, 0);
        expect(box?.width, `${name} is not as wide as the column`).toBeCloseTo(
          column?.width ?? 0,
          0,
        );
        boxes.push({ name, y: box?.y ?? 0 });
      }
      expect(boxes.map(({ name }) => name)).toEqual(
        [...boxes].sort((a, b) => a.y - b.y).map(({ name }) => name),
      );
      // Each response's examples show right under its schema, with their Reproduce action.
      const first = operation.responses.find((response) => response.content[0]?.examples.length);
      const section = page.locator(`section.reference-response[data-status="${first?.status}"]`);
      await expect(section.locator('.reference-example').first()).toBeVisible();
      await expect(
        section.getByRole('button', { name: new RegExp(`^Reproduce ${first?.status}`) }).first(),
      ).toBeVisible();
    });
  }
});
