import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderMarkdown, toPlainText } from '../../src/lib/markdown/render-markdown.ts';

type Case = [string, { given: string; has?: string[]; hasNot?: RegExp[] }];

const CASES: Case[] = [
  [
    'escapes a script element',
    { given: '<script>alert(1)</script>', has: ['&lt;script&gt;'], hasNot: [/<script/] },
  ],
  [
    'escapes an image with an event handler',
    { given: 'x <img src=x onerror=alert(1)> y', has: ['&lt;img'], hasNot: [/<img/] },
  ],
  [
    'drops javascript: links in any case',
    {
      given: '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1))',
      has: ['<a>a</a>', '<a>b</a>'],
      hasNot: [/href=/],
    },
  ],
  [
    'drops data: and other schemes',
    { given: '[a](data:text/html,x) [b](irc://x) [c](vbscript:x)', hasNot: [/href=/] },
  ],
  [
    'keeps http, https, mailto and relative links',
    {
      given:
        '[a](https://e.test/a) [b](http://e.test) [c](mailto:x@e.test) [d](../guide/) [e](#top)',
      has: [
        'href="https://e.test/a"',
        'href="http://e.test"',
        'href="mailto:x@e.test"',
        'href="../guide/"',
        'href="#top"',
      ],
    },
  ],
  [
    'turns a remote image into a link so nothing loads from another host',
    {
      given: '![pixel](https://t.test/p.png)',
      has: ['<a href="https://t.test/p.png">pixel</a>'],
      hasNot: [/<img/],
    },
  ],
  [
    'renders GFM tables and strikethrough',
    { given: '| a |\n|---|\n| ~~b~~ |', has: ['<table>', '<del>b</del>'] },
  ],
  [
    'shifts headings under the page outline',
    { given: '# Top\n\n## Next', has: ['<h3>Top</h3>', '<h4>Next</h4>'] },
  ],
];

describe('renderMarkdown', () => {
  for (const [title, { given, has = [], hasNot = [] }] of CASES) {
    it(title, () => {
      const html = renderMarkdown(given);
      for (const text of has) assert.ok(html.includes(text), `${text} in ${html}`);
      for (const pattern of hasNot) assert.doesNotMatch(html, pattern);
    });
  }

  it('starts headings at the level asked for, never past h6', () => {
    assert.match(
      renderMarkdown('# A\n\n###### B', { headingLevel: 2 }),
      /<h2>A<\/h2>\n<h6>B<\/h6>/,
    );
  });
});

describe('toPlainText', () => {
  it('keeps the words and drops Markdown and tags', () => {
    assert.equal(
      toPlainText('Lists **sessions** <b onclick="x">now</b> [here](https://e.test).'),
      'Lists sessions now here.',
    );
  });
});
