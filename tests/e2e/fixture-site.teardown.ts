/** Deletes the site built from the fixture contract once its browser tests are done. */
import { test as teardown } from '@playwright/test';
import { rmSync } from 'node:fs';
import { fixtureSite } from './support/fixture-site.ts';

teardown('delete the site built from the fixture contract', () => {
  teardown.skip(fixtureSite.prebuilt, 'a build named by DOCS_FIXTURE_DIST is kept');
  rmSync(fixtureSite.dir, { recursive: true, force: true });
});
