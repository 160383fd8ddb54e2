import { build } from 'esbuild';
import { closeSync, openSync, writeSync } from 'node:fs';
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
  writeNodeScript(await bundleEntrySource(entry.source, outfile), entry.embedded, outfile);
}

/** The bundled code of an entry source, its placeholders still in it; `outfile` names it in errors. */
export async function bundleEntrySource(source: string, outfile: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts', sourcefile: 'entry.ts' },
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
  return result.outputFiles[0]?.text ?? '';
}

/**
 * Writes bundled code to `outfile` with each placeholder replaced by its embedded JSON, piece by
 * piece: the file is tens of MB for a large contract, and is never held whole in memory.
 */
export function writeNodeScript(
  bundled: string,
  embedded: NodeScriptEntry['embedded'],
  outfile: string,
): void {
  // The code, cut at each placeholder; the embedded JSON is data, never searched for placeholders.
  let pieces: { text: string; code: boolean }[] = [{ text: bundled, code: true }];
  for (const [placeholder, json] of Object.entries(embedded)) {
    const count = pieces.reduce(
      (sum, piece) => sum + (piece.code ? piece.text.split(placeholder).length - 1 : 0),
      0,
    );
    // A free global keeps its name through minification; anything else means the entry changed.
    if (count !== 1)
      throw new Error(
        `bundling ${outfile}: expected the placeholder ${placeholder} once in the bundle, found it ${count} times`,
      );
    pieces = pieces.flatMap((piece) => {
      const at = piece.code ? piece.text.indexOf(placeholder) : -1;
      if (at < 0) return [piece];
      return [
        { text: `${piece.text.slice(0, at)}(`, code: true },
        { text: json, code: false },
        { text: `)${piece.text.slice(at + placeholder.length)}`, code: true },
      ];
    });
  }
  const file = openSync(outfile, 'w');
  try {
    for (const piece of pieces) writeSync(file, piece.text);
  } finally {
    closeSync(file);
  }
}
