/**
 * Page weight as Chromium fetches it: HTML, CSS, JavaScript and other requests (raw and gzip -9)
 * for the home page, a guide, an operation page before interaction and after one request to the
 * in-page mock, and the explorer; then the operation page's JavaScript against the peers' figures
 * of ../shared/peers.md. Pages are opened with no interaction until the network is idle (Starlight
 * loads its search UI on idle, so it is counted). Bytes do not vary from run to run.
 *
 *   node bench/fetched-weight.ts [--port 4482] [--work DIR] [--reuse-build]
 *
 * Results go to bench/results/fetched-weight-<date>.json.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import config from '../playwright.config.ts';
import { buildCopy, startPreview } from './serve/preview-build.ts';
import {
  inlineScripts,
  recordFetched,
  totalOf,
  type FetchedFile,
  type FetchedKind,
} from './weight/fetched-bytes.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4482' },
    work: { type: 'string', default: join(tmpdir(), 'sessiondock-bench-lighthouse') },
    'reuse-build': { type: 'boolean', default: false },
  },
});
const work = resolve(values.work);
if (work.startsWith(root)) throw new Error('keep --work outside the repository');

const OPERATION = 'api-reference/sessions/listsessions/';
/** Sends one request from the try-it panel to the in-page mock and waits for the answer. */
async function sendToMock(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the try-it panel' }).click();
  await page.locator('sd-try-it form[aria-busy="false"]').waitFor();
  await page.locator('sd-try-it').getByRole('button', { name: 'Send', exact: true }).click();
  await page
    .locator('sd-try-it [data-status-line]')
    .filter({ hasText: /^\d{3}\b/ })
    .waitFor();
  await page.waitForLoadState('networkidle');
}
/** Opens Scalar on the explorer page and waits until its reference has rendered. */
async function openScalar(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Open the interactive explorer' }).click();
  await page
    .getByRole('button', { name: /^Server:/ })
    .first()
    .waitFor({ timeout: 60_000 });
  await page.waitForLoadState('networkidle');
}
const PAGES: Array<[string, string, ((page: Page) => Promise<void>)?]> = [
  ['home', ''],
  ['guide', 'installation/'],
  ['operation page, before interaction', OPERATION],
  ['operation page, after a mock request', OPERATION, sendToMock],
  ['explorer, before interaction', 'explorer/'],
  // Scalar's own reference of the same contract, measured in the same run: the peer beside us.
  ['explorer, Scalar opened', 'explorer/', openScalar],
];
/** How the Scalar row is labelled: our explorer page with Scalar opened, on the same contract. */
const SCALAR_LABEL = '(the explorer opened)';
/** Reference-page JavaScript of the peers, gzip, in kB (../shared/peers.md). */
const PEERS: Array<[string, number]> = [
  ['Scalar', 989],
  ['Stoplight Elements', 613],
  ['Swagger UI', 538],
  ['Redoc (no try-it)', 327],
];

const build = await buildCopy(root, work, values['reuse-build']);
const preview = await startPreview(build, Number(values.port));
const browser = await chromium.launch(config.use?.launchOptions);
const measured: Array<{ page: string; path: string; files: Array<Omit<FetchedFile, 'text'>> }> = [];
try {
  for (const [name, path, act] of PAGES) {
    const page = await browser.newPage();
    const recording = recordFetched(page);
    await page.goto(`${preview.url}${path}`, { waitUntil: 'networkidle' });
    await act?.(page);
    const files = [...(await recording.files()), ...(await inlineScripts(page))];
    measured.push({ page: name, path, files: files.map(({ text: _text, ...file }) => file) });
    await page.close();
  }
} finally {
  await browser.close();
  await preview.stop();
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const cell = (files: FetchedFile[], kind: FetchedKind) => {
  const total = totalOf(files, kind);
  return `${kib(total.raw)} / ${kib(total.gzip)}`;
};
console.log(
  '| page | HTML raw / gzip | CSS raw / gzip | JS raw / gzip | other requests raw / gzip | all, gzip |',
);
console.log('|---|---|---|---|---|---|');
for (const { page, path, files } of measured) {
  const all = files as FetchedFile[];
  const gzip = (['html', 'css', 'js', 'other'] as const).reduce(
    (sum, kind) => sum + totalOf(all, kind).gzip,
    0,
  );
  console.log(
    `| ${page} (\`/${path}\`) | ${cell(all, 'html')} | ${cell(all, 'css')} | ${cell(all, 'js')} | ${cell(all, 'other')} | ${kib(gzip)} |`,
  );
}
/** kB of JavaScript, gzip, of the measured page at `index` of PAGES. */
const jsKbOf = (index: number) => {
  const entry = measured[index];
  if (!entry) throw new Error(`page ${index} of PAGES was not measured`);
  return totalOf(entry.files as FetchedFile[], 'js').gzip / 1000;
};
const before = jsKbOf(2);
const after = jsKbOf(3);
const scalar = jsKbOf(5);
console.log(
  `\n| reference page | its JS, gzip | ours before interaction (${before.toFixed(1)} kB) ÷ it | ours after a mock request (${after.toFixed(1)} kB) ÷ it |`,
);
console.log('|---|---|---|---|');
console.log(
  `| Scalar ${SCALAR_LABEL}, this run | ${scalar.toFixed(1)} kB | ${(before / scalar).toFixed(3)}× | ${(after / scalar).toFixed(2)}× |`,
);
for (const [peer, kb] of PEERS)
  console.log(
    `| ${peer} | ${kb} kB | ${(before / kb).toFixed(3)}× | ${(after / kb).toFixed(2)}× |`,
  );
const date = new Date().toISOString().slice(0, 10);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(
  join(root, `bench/results/fetched-weight-${date}.json`),
  `${JSON.stringify({ date: new Date().toISOString(), measured }, null, 2)}\n`,
);
