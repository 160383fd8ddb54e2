import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkLinks, formatBrokenLinks } from '../../integrations/link-check/check-links.ts';
import { findLinks } from '../../integrations/link-check/find-links.ts';

describe('findLinks', () => {
  it('reads hrefs of anchors and ids, decoding entities and skipping scripts and comments', () => {
    const links =
      findLinks(`<a class="x" href="../a/?q=1&amp;r=2">A</a><area href='b/'><h2 id="modes">M</h2>
      <script>const s = '<a href="ignored/">';</script><!-- <a href="old/"> --><a name=top href=c.md>`);
    assert.deepEqual(links.hrefs, ['../a/?q=1&r=2', 'b/', 'c.md']);
    assert.deepEqual([...links.ids], ['modes', 'top']);
  });
});

describe('checkLinks', () => {
  const files = new Set([
    'index.html',
    'installation/index.html',
    'authentication/index.html',
    'installation.md',
    'agent-tools.json',
  ]);
  const page = (hrefs: string[], ids: string[] = []) => ({ hrefs, ids: new Set(ids) });
  const siteWith = (hrefs: string[]) => ({
    origin: 'https://app.sessiondock.com',
    basePath: '/docs',
    files,
    pages: new Map([
      ['/docs/installation/', page(hrefs)],
      ['/docs/authentication/', page([], ['modes', '_top'])],
    ]),
  });
  const cases: [string, { href: string; want: string | undefined }][] = [
    ['accepts a relative link to a guide', { href: '../authentication/', want: undefined }],
    [
      'accepts a link without the trailing slash',
      { href: '/docs/authentication', want: undefined },
    ],
    ['accepts a link to a Markdown twin file', { href: '../installation.md', want: undefined }],
    [
      'accepts a fragment that exists on the target page',
      { href: '../authentication/#modes', want: undefined },
    ],
    [
      'accepts an absolute link to the deployed site',
      { href: 'https://app.sessiondock.com/docs/', want: undefined },
    ],
    ['ignores other origins and mailto', { href: 'http://127.0.0.1:18432/docs', want: undefined }],
    ['reports a missing page', { href: '../authentification/', want: 'no such page or file' }],
    [
      'reports a missing reference page',
      { href: '/docs/api-reference/system/gethealth/', want: 'no such page or file' },
    ],
    [
      'reports a missing fragment',
      { href: '../authentication/#mode', want: 'no element with id "mode"' },
    ],
    [
      'reports a link that escapes the base path',
      { href: '/installation/', want: 'outside the base path /docs' },
    ],
  ];
  for (const [title, { href, want }] of cases) {
    it(title, () => assert.equal(checkLinks(siteWith([href]))[0]?.reason, want));
  }

  it('lists each page with its broken hrefs', () => {
    const report = formatBrokenLinks(
      checkLinks(siteWith(['../nope/', '../authentication/', '../gone/'])),
    );
    assert.equal(
      report,
      '2 broken internal links:\n  /docs/installation/\n    → ../nope/  (no such page or file)\n    → ../gone/  (no such page or file)',
    );
  });
});
