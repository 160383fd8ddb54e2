/** One bounded autocannon run on loopback, read from its JSON report. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** A request to repeat: method, path under the API base, headers and body. */
export interface Scenario {
  name: string;
  method: 'GET' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Throughput and latency of one run; latencies in milliseconds. */
export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p90: number;
  p99: number;
  non2xx: number;
  errors: number;
}

interface AutocannonReport {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

const run = promisify(execFile);

/** Loads `apiBase + scenario.path` for `seconds` with `connections` connections; only loopback URLs. */
export async function runLoad(
  root: string,
  apiBase: string,
  scenario: Scenario,
  seconds: number,
  connections: number,
): Promise<LoadResult> {
  const url = new URL(`${apiBase}${scenario.path}`);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
    throw new Error(`refusing to load ${url.host}: loopback only`);
  const args = ['-c', String(connections), '-d', String(seconds), '-j', '-m', scenario.method];
  for (const [name, value] of Object.entries(scenario.headers)) args.push('-H', `${name}=${value}`);
  if (scenario.body !== undefined) args.push('-b', scenario.body);
  const { stdout } = await run(join(root, 'node_modules/.bin/autocannon'), [...args, url.href], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const report = JSON.parse(stdout) as AutocannonReport;
  return {
    requestsPerSecond: report.requests.average,
    requests: report.requests.total,
    p50: report.latency.p50,
    p90: report.latency.p90,
    p99: report.latency.p99,
    non2xx: report.non2xx,
    errors: report.errors + report.timeouts,
  };
}
