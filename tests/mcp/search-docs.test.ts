import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TwinDocument } from '../../src/lib/markdown-twins/build-twins.ts';
import { searchDocs } from '../../mcp/search-docs.ts';

const twin = (
  path: string,
  title: string,
  markdown: string,
  description?: string,
): TwinDocument => ({
  kind: 'guide',
  route: path.replace(/\.md$/, '/'),
  path,
  title,
  markdown,
  ...(description ? { description } : {}),
});

const pages = [
  twin(
    'errors.md',
    'Errors',
    '# Errors\n\n| 403 | `read_only` | A write was sent in read-only mode. |\n| 404 | `not_found` | No such session. |',
  ),
  twin(
    'sessions-endpoints.md',
    'Sessions',
    '# Sessions\n\nList sessions with `GET /sessions`; filter by tags.\nTags are matched in full.',
    'Find and change sessions.',
  ),
  twin(
    'installation.md',
    'Installation',
    '# Installation\n\nTurn on the Local API in Settings and copy the token.',
  ),
];

describe('searchDocs', () => {
  const cases: [string, { query: string; first: string }][] = [
    [
      'finds the page that names an error code',
      { query: 'what does read_only mean', first: 'errors.md' },
    ],
    [
      'prefers a page whose title matches',
      { query: 'sessions tags', first: 'sessions-endpoints.md' },
    ],
    ['ignores case and punctuation around words', { query: 'TOKEN?', first: 'installation.md' }],
  ];
  for (const [title, { query, first }] of cases)
    it(title, () => assert.equal(searchDocs(pages, query)[0]?.twin.path, first));

  it('returns nothing for a question of stop words or with no match', () => {
    assert.deepEqual(searchDocs(pages, 'how do I'), []);
    assert.deepEqual(searchDocs(pages, 'xylophone'), []);
  });

  it('quotes the line that holds the match', () => {
    assert.match(searchDocs(pages, 'not_found')[0]?.excerpt ?? '', /`not_found`/);
  });

  it('keeps to the limit', () => {
    assert.equal(searchDocs(pages, 'sessions token read_only', 2).length, 2);
  });
});
