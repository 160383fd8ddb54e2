/** Builds the site from the fixture contract once, before the browser tests that read it. */
import { test as setup } from '@playwright/test';
import { buildFixtureSite } from '../support/build-fixture-site.ts';
import { fixtureSite } from './support/fixture-site.ts';

setup('build the site from the fixture contract', async () => {
  setup.skip(fixtureSite.prebuilt, `DOCS_FIXTURE_DIST names a build: ${fixtureSite.dir}`);
  // Measured 12–30 s on two busy cores.
  setup.setTimeout(240_000);
  await buildFixtureSite(fixtureSite.dir);
});
