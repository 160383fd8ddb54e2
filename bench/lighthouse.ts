/**
 * Lighthouse (mobile and desktop) for the home page, a guide, an operation page and the explorer:
 * a production build of a copy of the working tree, served by `astro preview` on loopback, each
 * page and form factor run --runs times in turn (so all meet the same machine load), medians
 * reported.
 *
 *   node bench/lighthouse.ts [--runs 3] [--pages explorer,home] [--port 4480] [--work DIR] [--lighthouse-dir DIR] [--reuse-build]
 *
 * --pages keeps only the named pages (home, guide, operation page, operation with a body,
 * explorer, scalar — Scalar mounted at load, the peer; comma-separated).
 *
 * Reports go to --work (default: a directory under the system temp dir), results to
 * bench/results/lighthouse-<date>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCopy, startPreview } from './serve/preview-build.ts';
import { median } from './scale/format-report.ts';
import {
  CHROME_PATH,
  LIGHTHOUSE_VERSION,
  prepareLighthouse,
  runLighthouse,
  type LighthouseResult,
} from './lighthouse/run-lighthouse.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: { type: 'string' },
    port: { type: 'string', default: '4480' },
    work: { type: 'string', default: join(tmpdir(), 'sessiondock-bench-lighthouse') },
    'lighthouse-dir': { type: 'string', default: '/tmp/bench-lighthouse' },
    'reuse-build': { type: 'boolean', default: false },
  },
});
const work = resolve(values.work);
const lighthouseDir = resolve(values['lighthouse-dir']);
if (work.startsWith(root) || lighthouseDir.startsWith(root))
  throw new Error('keep --work and --lighthouse-dir outside the repository');
mkdirSync(join(work, 'reports'), { recursive: true });

const ALL_PAGES: Array<[string, string]> = [
  ['home', ''],
  ['guide', 'installation/'],
  ['operation page', 'api-reference/sessions/listsessions/'],
  ['operation with a body', 'api-reference/imports/createimport/'],
  ['explorer', 'explorer/'],
  // The peer, run in turn with our pages: Scalar's reference of the same contract, opened at load
  // (an address into Scalar's reference makes the explorer mount it at once).
  ['scalar', 'explorer/#tag/sessions'],
];
const wanted = values.pages?.split(',').map((name) => name.trim());
const unknown = wanted?.filter((name) => !ALL_PAGES.some(([page]) => page === name)) ?? [];
if (unknown.length > 0)
  throw new Error(
    `unknown --pages ${unknown.join(', ')} (known: ${ALL_PAGES.map(([page]) => page).join(', ')})`,
  );
const PAGES = wanted ? ALL_PAGES.filter(([page]) => wanted.includes(page)) : ALL_PAGES;
const FORM_FACTORS = ['mobile', 'desktop'] as const;

prepareLighthouse(lighthouseDir);
const build = await buildCopy(root, work, values['reuse-build']);
const preview = await startPreview(build, Number(values.port));
const runs: Array<
  { page: string; formFactor: string; run: number; load: number } & LighthouseResult
> = [];
try {
  for (let run = 1; run <= Number(values.runs); run += 1) {
    for (const [page, path] of PAGES) {
      for (const formFactor of FORM_FACTORS) {
        const load = loadavg()[0] ?? NaN;
        const report = join(
          work,
          'reports',
          `${page.replaceAll(' ', '-')}-${formFactor}-${run}.json`,
        );
        runs.push({
          page,
          formFactor,
          run,
          load,
          ...runLighthouse(lighthouseDir, `${preview.url}${path}`, formFactor, report),
        });
        process.stderr.write(
          `bench: ${page} ${formFactor} run ${run}: performance ${runs.at(-1)?.performance}\n`,
        );
      }
    }
  }
} finally {
  await preview.stop();
}

const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
console.log(
  '| page | form factor | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | Speed Index |',
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const [page, path] of PAGES) {
  for (const formFactor of FORM_FACTORS) {
    const mine = runs.filter((result) => result.page === page && result.formFactor === formFactor);
    const m = (key: keyof LighthouseResult) => median(mine.map((result) => result[key]));
    console.log(
      `| ${page} (\`/${path}\`) | ${formFactor} | ${m('performance')} | ${m('accessibility')} | ${m('bestPractices')} | ${m('seo')} | ${ms(m('fcp'))} | ${ms(m('lcp'))} | ${ms(m('tbt'))} | ${m('cls').toFixed(3)} | ${ms(m('speedIndex'))} |`,
    );
  }
}
const date = new Date().toISOString().slice(0, 10);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(
    root,
    `bench/results/lighthouse-${date}${wanted ? `-${PAGES.map(([page]) => page.replaceAll(' ', '-')).join('-')}` : ''}.json`,
  ),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      lighthouse: LIGHTHOUSE_VERSION,
      chrome: CHROME_PATH,
      cpus: cpus().length,
      node: process.version,
      runs,
    },
    null,
    2,
  )}\n`,
);
