import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkBuiltSite } from './check-built-site.ts';

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
    const { pages, report } = await checkBuiltSite({ root, ...site });
    assert.equal(pages, 2);
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
    assert.deepEqual(await checkBuiltSite({ root, ...site }), { pages: 2, report: undefined });
  });
});
