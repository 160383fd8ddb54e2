/**
 * Lighthouse, installed only for the benchmark in a directory outside the repo (pinned, like the
 * peers of the other benchmarks), run on Debian's Chromium with the browser tests' flags.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import config from '../../playwright.config.ts';

/** The Lighthouse version the benchmark installs (needs Node 22.19 or newer). */
export const LIGHTHOUSE_VERSION = '13.5.0';
/** The Chromium Lighthouse drives: CHROME_PATH, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** What one Lighthouse run measured: category scores (0–100) and the main metrics (ms; CLS unitless). */
export interface LighthouseResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
}

/** Writes a package.json pinning Lighthouse into `dir` and installs it when that changed. */
export function prepareLighthouse(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const manifest = `${JSON.stringify({ private: true, dependencies: { lighthouse: LIGHTHOUSE_VERSION } }, null, 2)}\n`;
  const path = join(dir, 'package.json');
  if (
    existsSync(path) &&
    readFileSync(path, 'utf8') === manifest &&
    existsSync(join(dir, 'node_modules/lighthouse/cli/index.js'))
  )
    return;
  writeFileSync(path, manifest);
  process.stderr.write(`bench: installing Lighthouse ${LIGHTHOUSE_VERSION} in ${dir}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Runs Lighthouse once on `url` as a phone (its default) or a desktop; keeps the report in `reportFile`. */
export function runLighthouse(
  dir: string,
  url: string,
  formFactor: 'mobile' | 'desktop',
  reportFile: string,
): LighthouseResult {
  const chromeFlags = (config.use?.launchOptions?.args ?? []).join(' ');
  execFileSync(
    process.execPath,
    [
      join(dir, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${reportFile}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${chromeFlags}`,
      ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH } },
  );
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
    categories: Record<string, { score: number | null }>;
    audits: Record<string, { numericValue?: number }>;
  };
  const score = (id: string) => Math.round((report.categories[id]?.score ?? NaN) * 100);
  const metric = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    tbt: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    speedIndex: metric('speed-index'),
  };
}
