import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FULL_SIDEBAR_MAX_OPERATIONS, trimReferenceSidebar } from './trim-reference-sidebar.ts';

type Entry =
  | { type: 'link'; label: string; href: string; isCurrent: boolean; attrs: Record<string, string> }
  | { type: 'group'; label: string; entries: Entry[] };

/** A sidebar like the site's: guide groups, then the reference with two groups of operations. */
function sidebar(
  current: string,
  operationsPerGroup = 2,
  systemOperations = operationsPerGroup,
): Entry[] {
  const link = (label: string, method?: string): Entry => ({
    type: 'link',
    label,
    href: `/${label}/`,
    isCurrent: label === current,
    attrs: method ? { 'data-method': method } : {},
  });
  const group = (label: string, entries: Entry[]): Entry => ({ type: 'group', label, entries });
  const operations = (prefix: string, count = operationsPerGroup) =>
    Array.from({ length: count }, (_, index) => link(`${prefix}${index + 1}`, 'get'));
  return [
    group('Guides', [link('Installation'), link('Errors')]),
    group('Recipes', [link('Batch import')]),
    group('API reference', [
      link('All operations'),
      group('System', [link('System overview'), ...operations('system-op-', systemOperations)]),
      group('Sessions', [link('Sessions overview'), ...operations('sessions-op-')]),
    ]),
  ];
}

/** The sidebar as nested labels, the way a reader scans it; a link named otherwise than its page shows where it goes. */
function outline(entries: readonly Entry[]): unknown[] {
  return entries.map((entry) => {
    if (entry.type === 'group') return { [entry.label]: outline(entry.entries) };
    return entry.href === `/${entry.label}/` ? entry.label : `${entry.label} → ${entry.href}`;
  });
}

const GUIDES = [{ Guides: ['Installation', 'Errors'] }, { Recipes: ['Batch import'] }];
const WHOLE_SYSTEM = { System: ['System overview', 'system-op-1', 'system-op-2'] };
const WHOLE_SESSIONS = { Sessions: ['Sessions overview', 'sessions-op-1', 'sessions-op-2'] };
const SYSTEM_OVERVIEW = 'System → /System overview/';
const SESSIONS_OVERVIEW = 'Sessions → /Sessions overview/';

const CASES: [string, { current: string; max: number; want: unknown[] }][] = [
  [
    'keeps the whole sidebar at the threshold',
    {
      current: 'system-op-1',
      max: 4,
      want: [...GUIDES, { 'API reference': ['All operations', WHOLE_SYSTEM, WHOLE_SESSIONS] }],
    },
  ],
  [
    "keeps only the current group's operations above the threshold",
    {
      current: 'sessions-op-2',
      max: 3,
      want: [...GUIDES, { 'API reference': ['All operations', SYSTEM_OVERVIEW, WHOLE_SESSIONS] }],
    },
  ],
  [
    'keeps a group whole on its overview page',
    {
      current: 'System overview',
      max: 3,
      want: [...GUIDES, { 'API reference': ['All operations', WHOLE_SYSTEM, SESSIONS_OVERVIEW] }],
    },
  ],
  [
    'shows only overviews on the reference index',
    {
      current: 'All operations',
      max: 3,
      want: [
        ...GUIDES,
        { 'API reference': ['All operations', SYSTEM_OVERVIEW, SESSIONS_OVERVIEW] },
      ],
    },
  ],
  [
    'shows only overviews on a guide, and every guide link',
    {
      current: 'Installation',
      max: 0,
      want: [
        ...GUIDES,
        { 'API reference': ['All operations', SYSTEM_OVERVIEW, SESSIONS_OVERVIEW] },
      ],
    },
  ],
];

describe('trimReferenceSidebar', () => {
  for (const [name, { current, max, want }] of CASES) {
    it(name, () => assert.deepEqual(outline(trimReferenceSidebar(sidebar(current), max)), want));
  }

  it('leaves the sidebar it is given as it was', () => {
    const given = sidebar('Installation');
    const before = JSON.stringify(given);
    trimReferenceSidebar(given, 0);
    assert.equal(JSON.stringify(given), before);
  });

  it(`trims by default only above ${FULL_SIDEBAR_MAX_OPERATIONS} operations`, () => {
    const count = (entries: Entry[]) => JSON.stringify(entries).split('"data-method"').length - 1;
    const atLimit = trimReferenceSidebar(sidebar('Installation', FULL_SIDEBAR_MAX_OPERATIONS / 2));
    const aboveLimit = trimReferenceSidebar(
      sidebar('Installation', FULL_SIDEBAR_MAX_OPERATIONS / 2 + 1),
    );
    assert.deepEqual([count(atLimit), count(aboveLimit)], [FULL_SIDEBAR_MAX_OPERATIONS, 0]);
  });

  it("keeps a page's sidebar the same size however many operations the other groups have", () => {
    const sizeOfPage = (systemOperations: number) =>
      JSON.stringify(trimReferenceSidebar(sidebar('sessions-op-1', 2, systemOperations), 3)).length;
    assert.equal(sizeOfPage(2000), sizeOfPage(20));
  });
});
