/**
 * Sandbox throughput: requests per second and latency percentiles of our sandbox server and of
 * Prism mocking the same contract, for a read (list sessions) and a write (patch notes), with
 * autocannon on loopback. Both servers run at once; each run loads them in turn, so both meet the
 * same machine load. Every load is bounded in time and sent to 127.0.0.1 only.
 *
 *   node bench/sandbox-throughput.ts [--duration 10] [--connections 10] [--runs 3] [--warmup 3]
 *                                    [--prism-dir DIR]
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
import { preparePrism, startPrism, startSandbox, type RunningServer } from './throughput/servers.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '3' },
    'prism-dir': { type: 'string', default: '/tmp/bench-prism' },
  },
});
const [duration, connections, runs, warmup] = [values.duration, values.connections, values.runs, values.warmup].map(Number) as [number, number, number, number];
const prismDir = resolve(values['prism-dir']);
if (prismDir.startsWith(root)) throw new Error('keep --prism-dir outside the repository');

const auth = { Authorization: `Bearer ${SANDBOX_TOKEN}` };
const SCENARIOS: Scenario[] = [
  { name: 'read: GET /sessions', method: 'GET', path: '/sessions', headers: auth },
  {
    name: 'write: PATCH /sessions/session_123/notes', method: 'PATCH', path: '/sessions/session_123/notes',
    headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ notes: 'Kick is masking the bass around 60 Hz.' }),
  },
];

interface Measured extends LoadResult { server: string; scenario: string; run: number; load: number }

async function responseBytes(server: RunningServer, scenario: Scenario): Promise<number> {
  const init: RequestInit = { method: scenario.method, headers: scenario.headers };
  if (scenario.body !== undefined) init.body = scenario.body;
  const response = await fetch(`${server.apiBase}${scenario.path}`, init);
  return (await response.arrayBuffer()).byteLength;
}

const prismVersion = preparePrism(prismDir);
const servers = [await startSandbox(root, 18561), await startPrism(prismDir, join(root, 'openapi/sessiondock.openapi.yaml'), 18562)];
const results: Measured[] = [];
const bodies: Record<string, number> = {};
try {
  for (const server of servers) {
    for (const scenario of SCENARIOS) {
      bodies[`${server.name} ${scenario.name}`] = await responseBytes(server, scenario);
      if (warmup > 0) await runLoad(root, server.apiBase, scenario, warmup, connections);
    }
  }
  for (let run = 1; run <= runs; run += 1) {
    for (const scenario of SCENARIOS) {
      for (const server of servers) {
        const load = loadavg()[0] ?? 0;
        const result = await runLoad(root, server.apiBase, scenario, duration, connections);
        process.stderr.write(`bench: ${server.name}, ${scenario.name}, run ${run}/${runs} (load ${load.toFixed(1)}): ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99} ms\n`);
        results.push({ server: server.name, scenario: scenario.name, run, load, ...result });
      }
    }
  }
} finally {
  for (const server of servers) await server.stop();
}

const pick = (server: string, scenario: string, figure: keyof LoadResult) =>
  median(results.filter((result) => result.server === server && result.scenario === scenario).map((result) => result[figure]));
const lines = ['| scenario | server | req/s | p50 | p90 | p99 | non-2xx | response body |', '|---|---|---|---|---|---|---|---|'];
for (const scenario of SCENARIOS) {
  for (const server of servers) {
    const non2xx = results.filter((result) => result.server === server.name && result.scenario === scenario.name).reduce((sum, result) => sum + result.non2xx + result.errors, 0);
    lines.push(`| ${scenario.name} | ${server.name} | ${pick(server.name, scenario.name, 'requestsPerSecond').toFixed(0)} | ${['p50', 'p90', 'p99'].map((p) => `${pick(server.name, scenario.name, p as keyof LoadResult)} ms`).join(' | ')} | ${non2xx} | ${bodies[`${server.name} ${scenario.name}`]} B |`);
  }
  const ratio = pick('sandbox', scenario.name, 'requestsPerSecond') / pick('Prism', scenario.name, 'requestsPerSecond');
  lines.push(`| ${scenario.name} | sandbox ÷ Prism | ${ratio.toFixed(2)}× | | | | | |`);
}

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.versions.node}`;
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = join(root, `bench/results/sandbox-throughput-${date}.json`);
writeFileSync(file, `${JSON.stringify({ date, machine, prismVersion, duration, connections, runs, warmup, bodies, results }, null, 2)}\n`);
process.stdout.write(`${lines.join('\n')}\nMedians of ${runs} run(s) of ${duration} s, ${connections} connections. Raw results: ${file}\n`);
