/**
 * JavaScript a built page loads before interaction: the module scripts in its HTML (inline and
 * external) and every chunk they import statically, with raw and gzip sizes; chunks reached only
 * through dynamic `import()` (loaded on idle or on use) are counted apart.
 *
 *   node bench/page-weight.ts <distDir> <page path>...      e.g. node bench/page-weight.ts /tmp/dist installation/
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The scripts of one page: files (relative to the dist directory) and inline module scripts. */
export interface PageScripts {
  eager: string[];
  lazy: string[];
  inline: string[];
}

const STATIC_IMPORT =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const PRELOAD_LIST = /"((?:[^"]*\/)?_astro\/[^"]+\.js)"/g;

function resolveImport(
  distDir: string,
  fromFile: string,
  specifier: string,
  base: string,
): string | undefined {
  const path = specifier.startsWith('/')
    ? join(distDir, specifier.slice(base.length))
    : resolve(dirname(join(distDir, fromFile)), specifier);
  return existsSync(path) ? relative(distDir, path) : undefined;
}

/** Follows imports from `entries`; returns the files reached statically and those reached only dynamically. */
function walk(
  distDir: string,
  entries: Array<[string, string]>,
  base: string,
): { eager: Set<string>; lazy: Set<string> } {
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, code: string, dynamic: boolean) => {
    for (const [pattern, isDynamic] of [
      [STATIC_IMPORT, dynamic],
      [DYNAMIC_IMPORT, true],
      [PRELOAD_LIST, true],
    ] as const) {
      for (const match of code.matchAll(pattern)) {
        const target = resolveImport(distDir, file, match[1] ?? '', base);
        if (target === undefined || eager.has(target) || (isDynamic && lazy.has(target))) continue;
        (isDynamic ? lazy : eager).add(target);
        visit(target, readFileSync(join(distDir, target), 'utf8'), isDynamic);
      }
    }
  };
  for (const [file, code] of entries) visit(file, code, false);
  for (const file of eager) lazy.delete(file);
  return { eager, lazy };
}

/** The scripts of a built page (`pagePath` relative to the base, such as `installation/`). */
export function collectPageScripts(
  distDir: string,
  pagePath: string,
  base = '/docs/',
): PageScripts {
  const htmlFile = join(pagePath, 'index.html');
  const html = readFileSync(join(distDir, htmlFile), 'utf8');
  const entries: Array<[string, string]> = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    const src = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (src) entries.push([htmlFile, `import "${src}";`]);
    else if (!/type="application\/(?:ld\+)?json"/.test(attributes)) {
      inline.push(match[2] ?? '');
      entries.push([htmlFile, match[2] ?? '']);
    }
  }
  const { eager, lazy } = walk(distDir, entries, base);
  return { eager: [...eager].sort(), lazy: [...lazy].sort(), inline };
}

/** Raw and gzip bytes of some files and inline scripts. */
export function measure(
  distDir: string,
  files: string[],
  inline: string[] = [],
): { raw: number; gzip: number } {
  const buffers = [
    ...files.map((file) => readFileSync(join(distDir, file))),
    ...inline.map((code) => Buffer.from(code)),
  ];
  return buffers.reduce(
    (sum, buffer) => ({
      raw: sum.raw + buffer.length,
      gzip: sum.gzip + gzipSync(buffer, { level: 9 }).length,
    }),
    { raw: 0, gzip: 0 },
  );
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

if (import.meta.main) {
  const [distDir = 'dist', ...pages] = process.argv.slice(2);
  console.log(
    '| page | before interaction: raw / gzip | loaded later (idle or on use): raw / gzip |',
  );
  console.log('|---|---|---|');
  for (const page of pages) {
    const scripts = collectPageScripts(distDir, page);
    const eager = measure(distDir, scripts.eager, scripts.inline);
    const lazy = measure(distDir, scripts.lazy);
    console.log(
      `| \`/${page}\` | ${kib(eager.raw)} / ${kib(eager.gzip)} | ${kib(lazy.raw)} / ${kib(lazy.gzip)} |`,
    );
  }
}
