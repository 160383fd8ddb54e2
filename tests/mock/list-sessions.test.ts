import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RECENT_DAYS } from '../../mocks/app/behaviours/filter-sessions.ts';
import { createTestMock, operation } from './support/mock-harness.ts';

const ids = (body: { data: { id: string }[] }) => body.data.map((session) => session.id);
const limitSchema =
  operation('listSessions').parameters.find((parameter) => parameter.name === 'limit')?.schema ??
  {};

const filters: [string, { query: string; want: string[] }][] = [
  [
    'searches title, notes and tags, ignoring case',
    { query: 'q=DRUMS', want: ['session_125', 'session_128', 'session_130', 'session_134'] },
  ],
  ['searches notes', { query: 'q=alt%20vocal', want: ['session_131'] }],
  ['filters by kind', { query: 'kind=Logic%20Pro', want: ['session_124', 'session_131'] }],
  [
    'filters by daw, the alias of kind',
    { query: 'daw=cubase', want: ['session_125', 'session_133'] },
  ],
  [
    'needs every comma-separated tag',
    { query: 'tags=mix,priority', want: ['session_123', 'session_132'] },
  ],
  [
    'needs every repeated tag',
    { query: 'tags=mix&tags=priority', want: ['session_123', 'session_132'] },
  ],
  [
    'keeps sessions opened in the last 30 days',
    {
      query: 'recent=true',
      want: [
        'session_123',
        'session_124',
        'session_125',
        'session_126',
        'session_127',
        'session_128',
        'session_129',
        'session_130',
      ],
    },
  ],
  [
    'combines filters',
    { query: 'q=drums&recent=true', want: ['session_125', 'session_128', 'session_130'] },
  ],
  ['finds nothing for an unknown kind', { query: 'kind=GarageBand', want: [] }],
];

describe('GET /sessions filters', () => {
  it('counts as recent the window the contract states for `recent`', () => {
    const recent = operation('listSessions').parameters.find(
      (parameter) => parameter.name === 'recent',
    );
    assert.match(recent?.unverified ?? '', new RegExp(`\\b${RECENT_DAYS} days\\b`));
  });

  for (const [name, { query, want }] of filters) {
    it(name, async () => {
      const answer = await createTestMock().call('GET', `/sessions?${query}`);
      assert.equal(answer.status, 200);
      assert.deepEqual(ids(answer.body).sort(), want);
      assert.equal(answer.body.meta.total, want.length);
    });
  }
});

describe('GET /sessions sorting and paging', () => {
  it('sorts by title', async () => {
    const titles = (await createTestMock().call('GET', '/sessions?sort=title')).body.data.map(
      (session: { title: string }) => session.title,
    );
    assert.deepEqual(
      titles,
      [...titles].sort((a: string, b: string) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
  });

  it('lists the most recently opened first by default', async () => {
    assert.deepEqual(
      ids((await createTestMock().call('GET', '/sessions?recent=true')).body).slice(0, 3),
      ['session_123', 'session_124', 'session_125'],
    );
  });

  it('pages with limit and offset and reports the total before paging', async () => {
    const mock = createTestMock();
    const all = ids((await mock.call('GET', '/sessions?limit=100')).body);
    const page = await mock.call('GET', '/sessions?limit=3&offset=2');
    assert.deepEqual(ids(page.body), all.slice(2, 5));
    assert.deepEqual(page.body.meta, { total: all.length, limit: 3, offset: 2 });
  });

  it("uses the contract's default limit when none is given", async () => {
    const answer = await createTestMock().call('GET', '/sessions');
    assert.equal(answer.body.meta.limit, limitSchema.default);
    assert.equal(answer.body.meta.offset, 0);
  });

  it("refuses a limit above the contract's maximum with a message naming it", async () => {
    const answer = await createTestMock().call(
      'GET',
      `/sessions?limit=${Number(limitSchema.maximum) + 1}`,
    );
    assert.equal(answer.status, 400);
    assert.equal(answer.body.error.code, 'invalid_request');
    assert.match(answer.body.error.message, /^limit /);
  });
});
