import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkBuiltSite } from './check-built-site.ts';
import { forgetPageLinks, recordPageLinks, recordedPageLinks } from './page-links-store.ts';

/** A built site in a temp folder: file path → content. */
function builtSite(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'link-check-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  return root;
}

const site = { origin: 'https://app.sessiondock.com', basePath: '/docs' };
// The same links on every page, as a header and sidebar repeat them.
const nav = '<a href="/docs/">Home</a><a href="/docs/guide/#steps">Steps</a>';

describe('checkBuiltSite', () => {
  it('reads every page from disk and finds a link to a missing page and a missing id', async () => {
    const root = builtSite({
      'index.html': `${nav}<a href="/docs/gone/">Gone</a>`,
      'guide/index.html': `${nav}<h2 id="steps">Steps</h2><a href="#missing">?</a>`,
    });
    const { pages, readFromDisk, report } = await checkBuiltSite({ root, ...site });
    assert.equal(pages, 2);
    assert.equal(readFromDisk, 2);
    assert.match(report ?? '', /\/docs\/\n\s+→ \/docs\/gone\/ {2}\(no such page or file\)/);
    assert.match(
      report ?? '',
      /\/docs\/guide\/\n\s+→ #missing {2}\(no element with id "missing"\)/,
    );
  });

  it('reports nothing when every link and fragment resolves', async () => {
    const root = builtSite({
      'index.html': nav,
      'guide/index.html': `${nav}<h2 id="steps">Steps</h2>`,
    });
    assert.deepEqual(await checkBuiltSite({ root, ...site }), {
      pages: 2,
      readFromDisk: 2,
      report: undefined,
    });
  });

  it('uses the links recorded while rendering and reads only the pages that were not rendered', async () => {
    // On disk every link resolves; as rendered, the guide linked a page that is not there, and
    // the 404 page (recorded at /docs/404, written as 404.html) an id that its target lacks.
    const root = builtSite({
      'index.html': nav,
      'guide/index.html': `${nav}<h2 id="steps">Steps</h2>`,
      '404.html': nav,
      'from-public.html': '<a href="/docs/nowhere/">?</a>',
    });
    forgetPageLinks();
    recordPageLinks('/docs/', nav);
    recordPageLinks(
      '/docs/guide/',
      `${nav}<h2 id="steps">Steps</h2><a href="/docs/gone/">Gone</a>`,
    );
    recordPageLinks('/docs/404', '<a href="/docs/guide/#start">Start</a>');
    const { pages, readFromDisk, report } = await checkBuiltSite({
      root,
      ...site,
      recorded: recordedPageLinks,
    });
    forgetPageLinks();
    assert.equal(pages, 4);
    assert.equal(readFromDisk, 1, 'only the page copied from public/ is read');
    assert.match(report ?? '', /\/docs\/guide\/\n\s+→ \/docs\/gone\//);
    assert.match(
      report ?? '',
      /\/docs\/404\.html\n\s+→ \/docs\/guide\/#start {2}\(no element with id "start"\)/,
    );
    assert.match(report ?? '', /\/docs\/from-public\.html\n\s+→ \/docs\/nowhere\//);
  });
});
