import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The repository root, which the entries' imports are resolved from. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Node's CommonJS `require` for bundled packages that call it (ESM output has none of its own). */
const BANNER = [
  '#!/usr/bin/env node',
  "import { createRequire as __sessiondockCreateRequire } from 'node:module';",
  'const require = __sessiondockCreateRequire(import.meta.url);',
].join('\n');

/**
 * Bundles an entry (TypeScript source, imports relative to the repository root) and everything it
 * imports into one ES module file that runs with `node file.mjs` on Node 22+, nothing installed.
 */
export async function bundleNodeScript(entrySource: string, outfile: string): Promise<void> {
  const result = await build({
    stdin: { contents: entrySource, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    legalComments: 'eof',
    banner: { js: BANNER },
    logLevel: 'silent',
  });
  const problems = [...result.errors, ...result.warnings];
  if (result.errors.length > 0) {
    throw new Error(
      `bundling ${outfile} failed: ${problems.map((problem) => problem.text).join('; ')}`,
    );
  }
}
