/**
 * The built site under its Content-Security-Policy, as a static host would serve it: the policy
 * of `_headers` is added to every response and each page carries its `<meta>`, so the browser
 * enforces both. The main pages, search, the explorer and the try-it panel in both modes run
 * with zero violations; and every page's meta carries the header's policy.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readHeadersFile, readPolicyMeta } from '../../integrations/csp/apply-policy.ts';
import { findInlineScripts, hashSource } from '../../integrations/csp/find-inline-scripts.ts';
import { startSandbox } from '../support/start-sandbox.ts';
import { TryItPage } from './support/try-it-page.ts';
import { watchPage } from './support/watch-page.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

/** The production build the preview serves (`npm test` builds into dist). */
const DIST = process.env.DOCS_DIST ?? 'dist';
const model = await loadContractModel();
const operation = (id: string) => model.operations.find((candidate) => candidate.id === id)!;

const MAIN_PAGES: Array<[string, string]> = [
  ['the home page', ''],
  ['a guide', 'installation/'],
  ['an operation page', 'api-reference/sessions/createsession/'],
  ['a group page', 'api-reference/sessions/'],
  ['the reference index', 'api-reference/'],
];

const originOf = (baseURL: string | undefined) => new URL(baseURL ?? '').origin;

/** Runs Starlight's search (Pagefind: a worker and WebAssembly) and waits for a result. */
async function search(page: Page, query: string): Promise<void> {
  await page.locator('site-search button[data-open-modal]').click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('textbox', { name: 'Search' }).fill(query);
  await expect(dialog.getByRole('link').first()).toBeVisible();
}

for (const [name, path] of MAIN_PAGES) {
  test(`${name} (/${path}) runs, search included, with no CSP violation`, async ({
    page,
    baseURL,
  }) => {
    const watch = await watchPage(page, originOf(baseURL), { headersFrom: DIST });
    await page.goto(path || './', { waitUntil: 'networkidle' });
    // Defined by Starlight's inline theme script: it ran, allowed by its hash.
    expect(
      await page.evaluate(
        () => typeof (window as { StarlightThemeProvider?: unknown }).StarlightThemeProvider,
      ),
    ).toBe('object');
    await search(page, 'session');
    expect(watch.cspViolations).toEqual([]);
    expect(watch.failed).toEqual([]);
  });
}

test('the explorer renders every operation with no CSP violation and no eval', async ({
  page,
  baseURL,
}) => {
  const watch = await watchPage(page, originOf(baseURL), { headersFrom: DIST });
  await page.goto('explorer/', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Open the interactive explorer' }).click();
  await expect(page.getByRole('button', { name: /^Server:/ }).first()).toBeVisible({
    timeout: 30_000,
  });
  for (const { summary } of model.operations) {
    await expect(page.getByText(summary, { exact: true }).first()).toBeAttached({
      timeout: 15_000,
    });
  }
  expect(watch.cspViolations).toEqual([]);
});

test('the try-it panel answers from the mock with no CSP violation', async ({ page, baseURL }) => {
  const watch = await watchPage(page, originOf(baseURL), { headersFrom: DIST });
  const tryIt = new TryItPage(page);
  await tryIt.openAt(operation('createSession'));
  await tryIt.send();
  await expect(tryIt.statusLine).toHaveText(/^201\b/);
  expect(watch.cspViolations).toEqual([]);
});

test("the try-it panel reaches the reader's app on a loopback port with no CSP violation", async ({
  page,
  baseURL,
}) => {
  const sandbox = await startSandbox({ allowedOrigins: [originOf(baseURL)] });
  try {
    // The meta policy only: a page the test serves itself (to add the header) has no IP address,
    // so Chromium's Local Network Access takes it for a public page and blocks calls to loopback.
    const watch = await watchPage(page, originOf(baseURL), { allowOrigins: [sandbox.origin] });
    const tryIt = new TryItPage(page);
    await tryIt.openOnApp(operation('listSessions'), sandbox.baseUrl, sandbox.token);
    await tryIt.send();
    await expect(tryIt.statusLine).toHaveText(/^200\b/);
    await tryIt.panel.getByRole('button', { name: 'Check connection' }).click();
    await expect(tryIt.body).toContainText('"effectiveMode"');
    expect(watch.cspViolations).toEqual([]);
  } finally {
    await sandbox.stop();
  }
});

test("every page carries the header's policy with its own scripts' hashes, in a meta before any script or style", () => {
  const header = readHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')) ?? '';
  expect(header).toContain("frame-ancestors 'none'");
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  expect(pages.length).toBeGreaterThan(10);
  for (const file of pages) {
    const html = readFileSync(join(DIST, file), 'utf8');
    const own = findInlineScripts(html).map(hashSource);
    const allowed = /(?:^|; )script-src ([^;]*)/.exec(header)?.[1]?.split(' ') ?? [];
    for (const hash of own) expect(allowed, file).toContain(hash);
    const ownPolicy = header
      .replace(/; frame-ancestors [^;]*/, '')
      .replace(/(script-src [^;]*)/, (sources) =>
        sources
          .split(' ')
          .filter((source) => !source.startsWith("'sha256-") || own.includes(source))
          .join(' '),
      );
    expect(readPolicyMeta(html), file).toBe(ownPolicy);
    const firstGoverned = html.search(/<script\b|<style\b|<link\b/);
    if (firstGoverned >= 0)
      expect(html.search(/<meta http-equiv="Content-Security-Policy"/), file).toBeLessThan(
        firstGoverned,
      );
  }
});

test("the policy allows no inline script but the site's own, by hash, and no eval", () => {
  const header = readHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8')) ?? '';
  const scriptSrc = /(?:^|; )script-src ([^;]*)/.exec(header)?.[1]?.split(' ') ?? [];
  expect(scriptSrc).toContain("'self'");
  expect(
    scriptSrc.filter((source) =>
      ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'http:', 'https:'].includes(source),
    ),
  ).toEqual([]);
  for (const directive of [
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "img-src 'self' data:",
    "connect-src 'self' http://127.0.0.1:* http://localhost:*",
  ]) {
    expect(header).toContain(directive);
  }
  const pages = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.html'),
  );
  const inlineScripts = pages.flatMap((file) =>
    findInlineScripts(readFileSync(join(DIST, file), 'utf8')),
  );
  expect(inlineScripts.length).toBeGreaterThan(0);
  expect(inlineScripts.map(hashSource).filter((hash) => !scriptSrc.includes(hash))).toEqual([]);
});
