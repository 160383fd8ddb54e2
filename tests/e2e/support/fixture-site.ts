import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the browser tests find the site built from the fixture contract. `DOCS_FIXTURE_DIST`
 * names a build made beforehand (`DOCS_CONTRACT=tests/fixtures/contracts/combined.yaml
 * DOCS_GUIDES=off npx astro build --outDir …`), which the tests then neither rebuild nor delete;
 * otherwise the `fixture-site` project builds into a folder of this checkout's own (two checkouts
 * on one machine never share it) and its teardown deletes it.
 */
export const fixtureSite = {
  dir:
    process.env.DOCS_FIXTURE_DIST ??
    join(
      tmpdir(),
      `docs-fixture-site-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 12)}`,
    ),
  prebuilt: process.env.DOCS_FIXTURE_DIST !== undefined,
};
