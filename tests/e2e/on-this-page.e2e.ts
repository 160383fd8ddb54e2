/**
 * The collapsed "On this page" of an operation page names the section the reader is at. In the
 * two-pane layout the right pane (samples, panel) stays in view beside every section, so after a
 * jump to a section of the left pane the bar names that section, not "Code samples". In one
 * column the samples and the panel are sections read in turn and are named as such.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { siteConfig } from '../../site.config.ts';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';
import { buildOperationOutline } from '../../src/lib/reference/operation-outline.ts';
import { operationRoute } from '../../src/lib/reference/routes.ts';

const model = await loadContract(
  readFileSync(siteConfig.contractPath, 'utf8'),
  siteConfig.contractPath,
);
const operation = model.operations.find((candidate) => candidate.id === 'listSessions');
if (!operation) throw new Error('The contract has no operation listSessions');
const outline = buildOperationOutline(operation).map((heading) => heading.text);
const middleResponse = outline.at(-2) ?? '';
/**
 * What the bar may name after a jump to `section`: that section, or the heading right after it
 * when that one is close enough below to be reached too (Starlight counts a band, not a line).
 */
const namesFor = (section: string) => [section, outline[outline.indexOf(section) + 1] ?? section];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Jumps to `section` from the collapsed "On this page" and waits until the page stops moving. */
async function jumpTo(page: Page, section: string): Promise<void> {
  const toc = page.locator('mobile-starlight-toc');
  await toc.locator('summary').click();
  await toc.getByRole('link', { name: section, exact: true }).click();
  await page.waitForFunction(
    () =>
      new Promise((resolve) => {
        let last = window.scrollY;
        const check = () => {
          if (window.scrollY === last) resolve(true);
          else {
            last = window.scrollY;
            setTimeout(check, 150);
          }
        };
        setTimeout(check, 150);
      }),
  );
}

for (const [label, viewport, sections] of [
  [
    'two panes, 1280 px',
    { width: 1280, height: 800 },
    ['Responses', 'Parameters', middleResponse, 'Parameters'],
  ],
  ['two panes, 1440 px', { width: 1440, height: 900 }, [middleResponse, 'Responses', 'Parameters']],
  ['one column, 390 px', { width: 390, height: 844 }, ['Responses', 'Code samples', 'Try it']],
] as const) {
  test(`after a jump, "On this page" names the section the reader is at (${label})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto(operationRoute(operation));
    const current = page.locator('mobile-starlight-toc .display-current');
    await expect(current).toBeVisible();
    for (const section of sections) {
      await test.step(section, async () => {
        await jumpTo(page, section);
        await expect(current).toHaveText(
          new RegExp(`^(${namesFor(section).map(escapeRegExp).join('|')})$`),
        );
      });
    }
  });
}
