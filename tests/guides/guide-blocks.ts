import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type BlockPlan, classifyBlock } from './classify-block.ts';
import { type CodeBlock, extractCodeBlocks } from './extract-code-blocks.ts';

/** Where the guides live. */
export const GUIDES_DIR = 'src/content/docs';

/** Every code block of every guide (.md and .mdx under src/content/docs), with its plan. */
export function loadGuideBlocks(root = GUIDES_DIR): { block: CodeBlock; plan: BlockPlan }[] {
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .sort();
  return files.flatMap((file) =>
    extractCodeBlocks(readFileSync(join(root, file), 'utf8'), relative(root, join(root, file))).map(
      (block) => ({ block, plan: classifyBlock(block) }),
    ),
  );
}
