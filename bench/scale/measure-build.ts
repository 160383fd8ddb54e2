/**
 * One measured build, as each site's `npm run build` runs it (ours: `astro build` under the V8
 * setting in our package.json; the peer's: `astro build`): wall time and peak resident memory from
 * GNU time (the largest single process of the tree: the Node process of `astro build`; npm and
 * Pagefind are far smaller), then the size of what it wrote.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What one build cost. */
export interface BuildCost {
  seconds: number;
  peakRssBytes: number;
}

/** What one build wrote, and the weight of one operation page. */
export interface BuildOutput {
  totalBytes: number;
  htmlFiles: number;
  htmlBytes: number;
  pageBytes: number;
  sidebarBytes: number;
}

/** Runs `npm run build -- --outDir outDir` in `cwd` under GNU time; the build's output goes to `logFile`. */
export async function measureBuild(
  cwd: string,
  outDir: string,
  env: Record<string, string>,
  logFile: string,
): Promise<BuildCost> {
  rmSync(outDir, { recursive: true, force: true });
  const timeFile = `${logFile}.time`;
  const child = spawn(
    '/usr/bin/time',
    ['-f', '%e %M', '-o', timeFile, 'npm', 'run', '--silent', 'build', '--', '--outDir', outDir],
    {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const log = createWriteStream(logFile);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number>((resolve) =>
    child.on('close', (status) => resolve(status ?? 1)),
  );
  if (code !== 0) throw new Error(`npm run build in ${cwd} exited with ${code}; see ${logFile}`);
  const [seconds, maxRssKb] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '')
    .split(' ')
    .map(Number);
  return { seconds: seconds ?? NaN, peakRssBytes: (maxRssKb ?? NaN) * 1024 };
}

/** Bytes of Starlight's sidebar in a page: the `<sl-sidebar-state-persist>` element that holds it. */
export function sidebarBytes(html: string): number {
  const start = html.indexOf('<sl-sidebar-state-persist');
  const end = html.indexOf('</sl-sidebar-state-persist>');
  return start < 0 || end < start
    ? 0
    : Buffer.byteLength(html.slice(start, end + '</sl-sidebar-state-persist>'.length));
}

/** Sizes of a build output directory and of one page in it (`page` relative to the directory). */
export function measureOutput(outDir: string, page: string): BuildOutput {
  const output = { totalBytes: 0, htmlFiles: 0, htmlBytes: 0 };
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    output.totalBytes += size;
    if (entry.name.endsWith('.html')) {
      output.htmlFiles += 1;
      output.htmlBytes += size;
    }
  }
  const html = readFileSync(join(outDir, page), 'utf8');
  return { ...output, pageBytes: Buffer.byteLength(html), sidebarBytes: sidebarBytes(html) };
}
