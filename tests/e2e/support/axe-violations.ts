import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** WCAG 2.0 A and AA, the rules most checks run. */
export const WCAG_20_AA = ['wcag2a', 'wcag2aa'];

/**
 * axe's violations on the page (or inside `within`), one line each: `<label> <rule>: <targets>`,
 * so that a failing `expect(…).toEqual([])` names the rule and the elements.
 */
export async function axeViolations(
  page: Page,
  { within, tags = WCAG_20_AA, label }: { within?: string; tags?: string[]; label?: string } = {},
): Promise<string[]> {
  const builder = within ? new AxeBuilder({ page }).include(within) : new AxeBuilder({ page });
  const { violations } = await builder.withTags(tags).analyze();
  return violations.map(
    (violation) =>
      `${label ? `${label} ` : ''}${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
