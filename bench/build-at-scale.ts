/**
 * Build at scale: builds this site and the peer baseline (starlight-openapi) from the same
 * synthetic contracts of 20, 200 and 1,000 operations, one after the other in the same run, and
 * reports wall time, peak memory, output size and the weight of one operation page.
 *
 *   node bench/build-at-scale.ts [--sizes 20,200,1000] [--runs 1] [--sites ours,peer]
 *                                [--work DIR] [--peer-dir DIR]
 *
 * Contracts, outputs and a copy of this site's sources (the working tree, node_modules linked) go
 * to --work (default: a directory under the system temp dir), the peer site to --peer-dir (default
 * /tmp/bench-peer); results to bench/results/build-at-scale-<date>.json.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { operationRoute } from '../src/lib/reference/routes.ts';
import { generateContract } from './scale/generate-contract.ts';
import {
  measureBuild,
  measureOutput,
  type BuildCost,
  type BuildOutput,
} from './scale/measure-build.ts';
import { PEER_OPERATION_PAGE, preparePeerSite } from './scale/peer-site.ts';
import { snapshotSite } from './scale/snapshot-site.ts';
import { formatReport, type SiteResult } from './scale/format-report.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '20,200,1000' },
    runs: { type: 'string', default: '1' },
    sites: { type: 'string', default: 'ours,peer' },
    work: { type: 'string', default: join(tmpdir(), 'sessiondock-bench-scale') },
    'peer-dir': { type: 'string', default: '/tmp/bench-peer' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const sites = values.sites.split(',') as Array<'ours' | 'peer'>;
const work = resolve(values.work);
const peerDir = resolve(values['peer-dir']);
if (peerDir.startsWith(root) || work.startsWith(root))
  throw new Error('keep --work and --peer-dir outside the repository');
mkdirSync(work, { recursive: true });

// Ours is built from a copy of the working tree, so builds by others in the checkout cannot collide with it.
const oursDir = sites.includes('ours') ? snapshotSite(root, join(work, 'site')) : root;
const SITES = {
  ours: {
    cwd: oursDir,
    page: `${operationRoute({ group: 'sessions', slug: 'listsessions' })}index.html`,
    env: (contract: string) => ({ DOCS_CONTRACT: contract }),
  },
  peer: {
    cwd: peerDir,
    page: PEER_OPERATION_PAGE,
    env: (contract: string) => ({ PEER_CONTRACT: contract }),
  },
};

const commit = execFileSync('git', ['describe', '--always', '--dirty'], {
  cwd: root,
  encoding: 'utf8',
}).trim();
const versions = sites.includes('peer') ? preparePeerSite(peerDir, join(root, 'package.json')) : {};
const baseText = readFileSync(join(root, 'openapi/sessiondock.openapi.yaml'), 'utf8');
const results: SiteResult[] = [];

for (const size of sizes) {
  const contract = join(work, `contract-${size}.yaml`);
  writeFileSync(contract, generateContract(baseText, size));
  for (let run = 1; run <= runs; run += 1) {
    // Alternate the sites inside each run so both meet the same machine load.
    for (const site of sites) {
      const { cwd, page, env } = SITES[site];
      const outDir = join(work, `${site}-${size}`);
      const load = loadavg()[0] ?? 0;
      process.stderr.write(
        `bench: ${site}, ${size} operations, run ${run}/${runs} (load ${load.toFixed(1)})… `,
      );
      const cost: BuildCost = await measureBuild(
        cwd,
        outDir,
        { ...env(contract), ASTRO_TELEMETRY_DISABLED: '1' },
        join(work, `${site}-${size}-${run}.log`),
      );
      const output: BuildOutput = measureOutput(outDir, page);
      process.stderr.write(
        `${cost.seconds.toFixed(1)} s, ${(cost.peakRssBytes / 2 ** 30).toFixed(2)} GiB\n`,
      );
      results.push({
        site,
        size,
        run,
        loadBefore: load,
        loadAfter: loadavg()[0] ?? 0,
        ...cost,
        ...output,
      });
    }
  }
}

const date = new Date().toISOString().slice(0, 10);
const machine = `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.versions.node}`;
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = join(root, `bench/results/build-at-scale-${date}.json`);
writeFileSync(
  file,
  `${JSON.stringify({ date, machine, commit, versions, sizes, runs, results }, null, 2)}\n`,
);
process.stdout.write(`${formatReport(results, sizes)}\nRaw results: ${file}\n`);
