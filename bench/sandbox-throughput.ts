/**
 * Sandbox throughput: requests per second and latency percentiles of our sandbox server and of
 * Prism mocking the same contract, for a read (list sessions) and a write (patch notes), with
 * autocannon on loopback. Both servers run at once; each run loads them in turn, so both meet the
 * same machine load. Every load is bounded in time and sent to 127.0.0.1 only.
 *
 *   node bench/sandbox-throughput.ts [--duration 10] [--connections 10,200] [--runs 3] [--warmup 3]
 *                                    [--prism-dir DIR]
 *
 * --connections takes a comma-separated list: every run loads each scenario at each count. The
 * servers' resident memory is sampled every 250 ms during each load (largest process of each).
 *
 * Results go to bench/results/sandbox-throughput-<date>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SANDBOX_TOKEN } from '../mocks/selection/sandbox-token.ts';
import { median } from './scale/format-report.ts';
import { runLoad, type LoadResult, type Scenario } from './throughput/run-load.ts';
import {
  preparePrism,
  startPrism,
  startSandbox,
  type RunningServer,
} from './throughput/servers.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10,200' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '3' },
    'prism-dir': { type: 'string', default: '/tmp/bench-prism' },
  },
});
const [duration, runs, warmup] = [values.duration, values.runs, values.warmup].map(Number) as [
  number,
  number,
  number,
];
const connectionCounts = values.connections.split(',').map(Number);
if (connectionCounts.some((count) => !Number.isInteger(count) || count < 1))
  throw new Error(`--connections: a comma-separated list of counts, not ${values.connections}`);
const prismDir = resolve(values['prism-dir']);
if (prismDir.startsWith(root)) throw new Error('keep --prism-dir outside the repository');

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const auth = { Authorization: `Bearer ${SANDBOX_TOKEN}` };
const SCENARIOS: Scenario[] = [
  { name: 'read: GET /sessions', method: 'GET', path: '/sessions', headers: auth },
  {
    name: 'write: PATCH /sessions/session_123/notes',
    method: 'PATCH',
    path: '/sessions/session_123/notes',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ notes: 'Kick is masking the bass around 60 Hz.' }),
  },
];

interface Measured extends LoadResult {
  server: string;
  scenario: string;
  connections: number;
  run: number;
  load: number;
  /** The server's resident memory (bytes) when the load started, when it ended, and its largest sample. */
  rssStart: number;
  rssEnd: number;
  rssMax: number;
}

/** Runs one load while sampling the server's resident memory. */
async function measure(
  server: RunningServer,
  scenario: Scenario,
  connections: number,
): Promise<Omit<Measured, 'server' | 'scenario' | 'connections' | 'run' | 'load'>> {
  const rssStart = server.rss();
  let rssMax = rssStart;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, server.rss());
  }, 250);
  try {
    const result = await runLoad(root, server.apiBase, scenario, duration, connections);
    const rssEnd = server.rss();
    return { ...result, rssStart, rssEnd, rssMax: Math.max(rssMax, rssEnd) };
  } finally {
    clearInterval(sampler);
  }
}

async function responseBytes(server: RunningServer, scenario: Scenario): Promise<number> {
  const init: RequestInit = { method: scenario.method, headers: scenario.headers };
  if (scenario.body !== undefined) init.body = scenario.body;
  const response = await fetch(`${server.apiBase}${scenario.path}`, init);
  return (await response.arrayBuffer()).byteLength;
}

const prismVersion = preparePrism(prismDir);
const servers = [
  await startSandbox(root, 18561),
  await startPrism(prismDir, join(root, 'openapi/sessiondock.openapi.yaml'), 18562),
];
const results: Measured[] = [];
const bodies: Record<string, number> = {};
try {
  for (const server of servers) {
    for (const scenario of SCENARIOS) {
      bodies[`${server.name} ${scenario.name}`] = await responseBytes(server, scenario);
      if (warmup > 0)
        await runLoad(root, server.apiBase, scenario, warmup, connectionCounts[0] ?? 10);
    }
  }
  for (let run = 1; run <= runs; run += 1) {
    for (const connections of connectionCounts) {
      for (const scenario of SCENARIOS) {
        for (const server of servers) {
          const load = loadavg()[0] ?? 0;
          const result = await measure(server, scenario, connections);
          process.stderr.write(
            `bench: ${server.name}, ${scenario.name}, ${connections} connections, run ${run}/${runs} (load ${load.toFixed(1)}): ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99} ms, RSS ${mib(result.rssStart)} → ${mib(result.rssEnd)}\n`,
          );
          results.push({
            server: server.name,
            scenario: scenario.name,
            connections,
            run,
            load,
            ...result,
          });
        }
      }
    }
  }
} finally {
  for (const server of servers) await server.stop();
}

const lines = [
  '| connections | scenario | server | req/s | p50 | p90 | p99 | non-2xx + errors | memory: first start → last end (largest) | response body |',
  '|---|---|---|---|---|---|---|---|---|---|',
];
for (const connections of connectionCounts) {
  for (const scenario of SCENARIOS) {
    const mine = (server: string) =>
      results.filter(
        (result) =>
          result.server === server &&
          result.scenario === scenario.name &&
          result.connections === connections,
      );
    const pick = (server: string, figure: keyof LoadResult) =>
      median(mine(server).map((result) => result[figure]));
    for (const server of servers) {
      const own = mine(server.name);
      const failed = own.reduce((sum, result) => sum + result.non2xx + result.errors, 0);
      const memory = `${mib(own[0]?.rssStart ?? 0)} → ${mib(own.at(-1)?.rssEnd ?? 0)} (${mib(Math.max(...own.map((result) => result.rssMax)))})`;
      lines.push(
        `| ${connections} | ${scenario.name} | ${server.name} | ${pick(server.name, 'requestsPerSecond').toFixed(0)} | ${(['p50', 'p90', 'p99'] as const).map((p) => `${pick(server.name, p)} ms`).join(' | ')} | ${failed} | ${memory} | ${bodies[`${server.name} ${scenario.name}`]} B |`,
      );
    }
    const ratio = pick('sandbox', 'requestsPerSecond') / pick('Prism', 'requestsPerSecond');
    const p99 = pick('sandbox', 'p99') / pick('Prism', 'p99');
    lines.push(
      `| ${connections} | ${scenario.name} | sandbox ÷ Prism | ${ratio.toFixed(2)}× | | | p99 ${p99.toFixed(2)}× | | | |`,
    );
  }
}

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.versions.node}`;
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = join(root, `bench/results/sandbox-throughput-${date}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date, machine, prismVersion, duration, connections: connectionCounts, runs, warmup, bodies, results }, null, 2)}\n`,
);
process.stdout.write(
  `${lines.join('\n')}\nMedians of ${runs} run(s) of ${duration} s at ${connectionCounts.join(' and ')} connections. Raw results: ${file}\n`,
);
