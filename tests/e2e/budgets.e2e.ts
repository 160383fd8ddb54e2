/**
 * Byte budgets for the JavaScript each page type runs before the reader does anything, counted
 * from what Chromium fetches (gzip -9 per script, computed here) plus the document's inline
 * scripts. Starlight loads its search UI on idle, so it is counted on every Starlight page.
 * Budgets start from the figures in bench/README.md; raise one only with a reason written there.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCALAR_DIR, SCALAR_ENTRY } from '../../integrations/scalar-bundle/scalar-entry.ts';
import { collectPageScripts } from '../../bench/page-weight.ts';
import { operationRoute } from '../../src/lib/reference/routes.ts';
import { TryItPage } from './support/try-it-page.ts';
import {
  inlineScripts,
  recordFetched,
  totalOf,
  type FetchedFile,
} from '../../bench/weight/fetched-bytes.ts';

/** The production build the preview serves (`npm test` builds into dist). */
const DIST = process.env.DOCS_DIST ?? 'dist';
const KIB = 1024;

/** A page of each type and its budget, gzip bytes of JavaScript before interaction. */
const BUDGETS: Array<[type: string, path: string, gzipBudget: number]> = [
  ['home', '', 33 * KIB],
  ['guide with code tabs', 'installation/', 36 * KIB],
  ['plain guide', 'errors/', 35 * KIB],
  ['reference index', 'api-reference/', 34 * KIB],
  ['group page', 'api-reference/sessions/', 34 * KIB],
  ['operation page', 'api-reference/sessions/createsession/', 38 * KIB],
  ['explorer (Scalar fetched on use)', 'explorer/', 5 * KIB],
];
/**
 * Everything the browser fetches from opening the try-it panel to the mock's first answer on
 * List sessions (the panel, the mock, the body validator, the model), gzip bytes (60 kB).
 */
const PANEL_FIRST_USE_BUDGET = 60_000;
/** The goal: an operation page costs at most this much more than a plain Starlight guide page. */
const OPERATION_OVER_GUIDE = 5_000;

// Chunks of @scalar/api-reference (the small @scalar/snippetz the samples use is not it).
const isScalar = (file: FetchedFile) => file.kind === 'js' && /scalar-app/.test(file.text);
const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;

/** The scripts a page runs with no interaction: files fetched until the network is idle, and inline ones. */
async function scriptsBeforeInteraction(page: Page, path: string): Promise<FetchedFile[]> {
  const recording = recordFetched(page);
  await page.goto(path || './', { waitUntil: 'networkidle' });
  return [
    ...(await recording.files()).filter((file) => file.kind === 'js'),
    ...(await inlineScripts(page)),
  ];
}

for (const [type, path, budget] of BUDGETS) {
  test(`the ${type} (/${path}) runs at most ${kib(budget)} gzip of JavaScript before interaction`, async ({
    page,
  }) => {
    const scripts = await scriptsBeforeInteraction(page, path);
    const { raw, gzip } = totalOf(scripts, 'js');
    test.info().annotations.push({
      type: 'weight',
      description: `${kib(raw)} raw / ${kib(gzip)} gzip in ${scripts.length} scripts`,
    });
    expect(gzip).toBeLessThanOrEqual(budget);
    expect(scripts.filter(isScalar).map((script) => script.name)).toEqual([]);
  });
}

test(`opening the try-it panel and a first mock answer fetch at most ${PANEL_FIRST_USE_BUDGET} bytes gzip`, async ({
  page,
}) => {
  const listSessions = { group: 'sessions', slug: 'listsessions' };
  await page.goto(operationRoute(listSessions), { waitUntil: 'networkidle' });
  const recording = recordFetched(page);
  const tryIt = new TryItPage(page);
  await tryIt.open();
  await tryIt.send();
  await expect(tryIt.statusLine).toHaveText(/^200\b/);
  // Starlight's search UI, which it fetches on idle, may arrive meanwhile: it is not the panel's.
  const files = (await recording.files()).filter((file) => !/pagefind/i.test(file.text));
  const gzip = files.reduce((sum, file) => sum + file.gzip, 0);
  test.info().annotations.push({
    type: 'weight',
    description: files.map((file) => `${file.name.split('/').pop()} ${file.gzip} B`).join(', '),
  });
  expect(files.some((file) => file.name.endsWith('api-model.json'))).toBe(true);
  expect(gzip).toBeLessThanOrEqual(PANEL_FIRST_USE_BUDGET);
});

test(`an operation page runs at most ${OPERATION_OVER_GUIDE} bytes gzip more JavaScript than a plain guide page`, async ({
  browser,
}) => {
  const weigh = async (path: string) => {
    const page = await browser.newPage();
    const scripts = await scriptsBeforeInteraction(page, path);
    await page.close();
    return totalOf(scripts, 'js').gzip;
  };
  const guide = await weigh('errors/');
  const operation = await weigh('api-reference/sessions/createsession/');
  test.info().annotations.push({
    type: 'weight',
    description: `operation ${operation} B, plain guide ${guide} B gzip`,
  });
  expect(operation - guide).toBeLessThanOrEqual(OPERATION_OVER_GUIDE);
});

test('no page but the explorer references Scalar, even a file it would load later', () => {
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => file.slice(0, -'index.html'.length));
  const referencesScalar = (path: string) => {
    const scripts = collectPageScripts(DIST, path);
    return [
      readFileSync(join(DIST, path, 'index.html'), 'utf8'),
      ...[...scripts.eager, ...scripts.lazy].map((file) => readFileSync(join(DIST, file), 'utf8')),
    ].some((text) => text.includes(SCALAR_DIR));
  };
  expect(readFileSync(join(DIST, SCALAR_ENTRY), 'utf8')).toMatch(/scalar-app/);
  expect(referencesScalar('explorer/')).toBe(true);
  expect(pages.filter((path) => path !== 'explorer/' && referencesScalar(path))).toEqual([]);
});
