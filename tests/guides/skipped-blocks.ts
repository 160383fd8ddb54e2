/**
 * The code blocks the example test does not run (`run=skip`), counted per guide file. A new
 * skipped block fails the test until it is added here: skipping stays a deliberate, reviewed act.
 */
export const SKIPPED_BLOCKS: Record<string, number> = {
  'ai-agents.mdx': 3,
  'maintainers.mdx': 2,
  'quickstart.mdx': 1,
  'sandbox.mdx': 1,
};
