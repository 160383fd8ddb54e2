import { defineConfig } from '@playwright/test';
import { siteConfig } from './site.config.ts';

/** Port of the `astro preview` server the browser tests run against (the production build). */
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4329);

/** The browser tests of the site built from the fixture contract (tests/support/build-fixture-site.ts). */
const FIXTURE_TESTS = /fixture-pages\.e2e\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  // Generous: axe over long pages in two themes takes several seconds on 2 busy cores.
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${PREVIEW_PORT}${siteConfig.basePath === '/' ? '' : siteConfig.basePath}/`,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Without the networking flags Chromium keeps dialing Google's hosts on a closed network.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  // The site built from SessionDock's contract (`dist/`, served by the preview below) for every
  // browser test but one; fixture-pages.e2e.ts reads the site built from the fixture contract,
  // which the fixture-site project builds first, only when that file is among the tests run.
  projects: [
    { name: 'site', testIgnore: FIXTURE_TESTS },
    {
      name: 'fixture-site',
      testMatch: /fixture-site\.setup\.ts$/,
      teardown: 'fixture-site-teardown',
    },
    { name: 'fixture-site-teardown', testMatch: /fixture-site\.teardown\.ts$/ },
    { name: 'fixture', testMatch: FIXTURE_TESTS, dependencies: ['fixture-site'] },
  ],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PREVIEW_PORT}`,
      url: `http://127.0.0.1:${PREVIEW_PORT}${siteConfig.basePath === '/' ? '/' : `${siteConfig.basePath}/`}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
