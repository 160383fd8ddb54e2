import { defineConfig } from '@playwright/test';
import { siteConfig } from './site.config.ts';

/** Port of the `astro preview` server the browser tests run against (the production build). */
const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4329);

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
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${PREVIEW_PORT}`,
      url: `http://127.0.0.1:${PREVIEW_PORT}${siteConfig.basePath === '/' ? '/' : `${siteConfig.basePath}/`}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
