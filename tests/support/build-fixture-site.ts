import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * The fixture contract that is not SessionDock's: composition and a discriminator, recursion,
 * several media types and servers, every kind of security, hostile Markdown, and the pages that
 * strain the layout (many parameters, a body nested ten levels, composed bodies in five media types).
 */
export const FIXTURE_CONTRACT = 'tests/fixtures/contracts/combined.yaml';

/** The base path the fixture site is built under. */
export const FIXTURE_BASE = '/docs';

/**
 * Builds the site from the fixture contract into `outDir`, with the guides off. The environment
 * names only the contract, the base and the guides switch (any other `DOCS_*` of the caller's is
 * dropped), so the product words follow from the contract. Rejects with astro's output when the
 * build fails; the build fails on any broken internal link.
 */
export async function buildFixtureSite(outDir: string): Promise<void> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('DOCS_')),
  );
  await promisify(execFile)(join('node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
    env: {
      ...env,
      DOCS_CONTRACT: FIXTURE_CONTRACT,
      DOCS_BASE: FIXTURE_BASE,
      DOCS_GUIDES: 'off',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    maxBuffer: 32 * 1024 * 1024,
  });
}
