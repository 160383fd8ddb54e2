import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NodeScriptEntry } from './node-script-entries.ts';

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
 * imports into one ES module file that runs with `node file.mjs` on Node 22+, nothing installed,
 * then writes the entry's embedded data in place of its placeholders.
 */
export async function bundleNodeScript(entry: NodeScriptEntry, outfile: string): Promise<void> {
  const result = await build({
    stdin: { contents: entry.source, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
    outfile,
    write: false,
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
  let code = result.outputFiles[0]?.text ?? '';
  for (const [placeholder, json] of Object.entries(entry.embedded)) {
    const parts = code.split(placeholder);
    // A free global keeps its name through minification; anything else means the entry changed.
    if (parts.length !== 2)
      throw new Error(
        `bundling ${outfile}: expected the placeholder ${placeholder} once in the bundle, found it ${parts.length - 1} times`,
      );
    code = parts.join(`(${json})`);
  }
  writeFileSync(outfile, code);
}
