/**
 * The two mock servers the throughput benchmark loads: our sandbox (`npm run sandbox`) and Prism
 * mocking the same contract, installed only for the benchmark in a directory outside the repo.
 * Each is started in its own process group and stopped by that group's id.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';

/** The Prism CLI version the benchmark installs (the newest when this was written). */
export const PRISM_VERSION = '5.16.0';

/** A started server: where its API answers, and how to stop it. */
export interface RunningServer {
  name: string;
  apiBase: string;
  /** Resident memory of the server's largest process (the server itself, not `npm`), in bytes. */
  rss: () => number;
  stop: () => Promise<void>;
}

/** The largest resident set size among the processes of process group `group`, from /proc. */
function groupRss(group: number): number {
  let largest = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 5 of /proc/<pid>/stat is the process group; the command name (field 2) may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== group) continue;
      const kib = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'))?.[1];
      largest = Math.max(largest, Number(kib ?? 0) * 1024);
    } catch {
      // The process ended while being read.
    }
  }
  return largest;
}

/** Writes a package.json pinning Prism into `dir` and installs it when that changed. */
export function preparePrism(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const manifest = `${JSON.stringify(
    {
      name: 'bench-prism',
      private: true,
      dependencies: { '@stoplight/prism-cli': PRISM_VERSION },
      // @scarf/scarf's install script only reports the install over the network.
      allowScripts: { '@scarf/scarf': false },
    },
    null,
    2,
  )}\n`;
  const manifestPath = join(dir, 'package.json');
  const changed = !existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest;
  writeFileSync(manifestPath, manifest);
  if (changed || !existsSync(join(dir, 'node_modules/.bin/prism'))) {
    process.stderr.write(`bench: installing Prism ${PRISM_VERSION} in ${dir}\n`);
    // Prism's dependency @scarf/scarf reports installs over the network unless told not to.
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, SCARF_ANALYTICS: 'false' },
    });
  }
  return (
    JSON.parse(
      readFileSync(join(dir, 'node_modules/@stoplight/prism-cli/package.json'), 'utf8'),
    ) as { version: string }
  ).version;
}

async function waitUntilReady(child: ChildProcess, url: string, name: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode} before answering`);
    try {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${SANDBOX_TOKEN}` } });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer ${url} within 90 s`);
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  return exited;
}

/** Starts a server command in its own process group and waits until `healthUrl` answers 200. */
async function startServer(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  apiBase: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const child = spawn(command, args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  try {
    await waitUntilReady(child, `${apiBase}/health`, name);
  } catch (error) {
    await stopGroup(child);
    throw error;
  }
  const group = child.pid ?? 0;
  return { name, apiBase, rss: () => groupRss(group), stop: () => stopGroup(child) };
}

/** `npm run sandbox -- --port N --quiet` from the repository root. */
export function startSandbox(root: string, port: number): Promise<RunningServer> {
  return startServer(
    'sandbox',
    'npm',
    ['run', '--silent', 'sandbox', '--', '--port', String(port), '--quiet'],
    root,
    `http://127.0.0.1:${port}/api/v1`,
  );
}

/** `prism mock -v error` of the contract; Prism serves the paths at the root, without `/api/v1`. */
export function startPrism(
  prismDir: string,
  contract: string,
  port: number,
): Promise<RunningServer> {
  const bin = join(prismDir, 'node_modules/.bin/prism');
  return startServer(
    'Prism',
    bin,
    ['mock', '-h', '127.0.0.1', '-p', String(port), '-v', 'error', contract],
    prismDir,
    `http://127.0.0.1:${port}`,
    { SCARF_ANALYTICS: 'false' },
  );
}
