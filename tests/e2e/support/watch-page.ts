import { readFileSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { CSP_HEADER, readHeadersFile } from '../../../integrations/csp/apply-policy.ts';

/** What went wrong while a page was used: every list empty means a clean visit. */
export interface PageWatch {
  /** Requests to another origin than the site's (aborted: the test runs as if offline). */
  outside: string[];
  /** Same-origin requests that failed, or answered with HTTP status 400 or more. */
  failed: string[];
  /** CSP violations: `securitypolicyviolation` events and the browser's CSP console messages. */
  cspViolations: string[];
}

/** Options of `watchPage`. */
export interface WatchOptions {
  /** A built site directory whose `_headers` policy is added to every response, as a static host would. */
  headersFrom?: string;
  /** Other origins the page may reach (a sandbox standing in for the reader's app). */
  allowOrigins?: string[];
}

const isCspMessage = (text: string) => /Content Security Policy/i.test(text);

/**
 * Watches a page from before its first navigation: blocks every host but the site's own, records
 * failed requests and CSP violations (in the page and in its workers) and, with `headersFrom`,
 * sends the site's `_headers` policy with each response, so the header and the meta are both enforced.
 */
export async function watchPage(
  page: Page,
  siteOrigin: string,
  options: WatchOptions = {},
): Promise<PageWatch> {
  const watch: PageWatch = { outside: [], failed: [], cspViolations: [] };
  const headerPolicy =
    options.headersFrom === undefined
      ? undefined
      : readHeadersFile(readFileSync(`${options.headersFrom}/_headers`, 'utf8'));
  if (options.headersFrom !== undefined && !headerPolicy)
    throw new Error(`no ${CSP_HEADER} in ${options.headersFrom}/_headers`);
  await page.exposeFunction('__reportCspViolation', (text: string) => {
    watch.cspViolations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (text: string) => void })
        .__reportCspViolation;
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`,
      );
    });
  });
  // Allowed origins are left out of interception: Chromium then handles their CORS preflights itself.
  const intercepted = (url: URL) => !options.allowOrigins?.includes(url.origin);
  await page.route(intercepted, async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== siteOrigin) {
      watch.outside.push(url.href);
      return route.abort('internetdisconnected');
    }
    if (!headerPolicy) return route.continue();
    const response = await route.fetch();
    return route.fulfill({
      response,
      headers: { ...response.headers(), [CSP_HEADER.toLowerCase()]: headerPolicy },
    });
  });
  const isOwn = (request: Request) => new URL(request.url()).origin === siteOrigin;
  page.on('requestfailed', (request) => {
    if (isOwn(request)) watch.failed.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (isOwn(response.request()) && response.status() >= 400)
      watch.failed.push(`${response.url()}: HTTP ${response.status()}`);
  });
  page.on('console', (message) => {
    if (isCspMessage(message.text())) watch.cspViolations.push(message.text());
  });
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (isCspMessage(message.text())) watch.cspViolations.push(`worker: ${message.text()}`);
    }),
  );
  return watch;
}
