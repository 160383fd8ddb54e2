import { OPERATION_LINK_ATTRIBUTE } from './sidebar-groups.ts';

/**
 * Up to this many operations, every page shows the whole API in its sidebar; above it, a page
 * shows the operations of its own group only. Each operation link costs every page about 0.33 KB
 * (bench/README.md, "Build at scale"), so 100 of them already add about 33 KB to each page, a
 * quarter of an operation page's own content, and the site's HTML grows with the square of the
 * operation count. Below that, seeing the whole API at a glance is worth the bytes (SessionDock's
 * 20 operations cost about 7 KB a page).
 */
export const FULL_SIDEBAR_MAX_OPERATIONS = 100;

/** The parts of a Starlight sidebar entry (its route data) that trimming reads. */
export type SidebarNode =
  | { type: 'link'; label: string; isCurrent: boolean; attrs: object }
  | { type: 'group'; label: string; entries: SidebarNode[] };

/**
 * A page's sidebar whose size does not depend on the contract's operations: when the sidebar
 * holds more than `maxOperations` operation links, a group that does not contain the current page
 * loses its operation links, and a group left with a single link (a reference group and its
 * Overview, the page that lists the group's operations) becomes that link, named after the group.
 * The current page's group stays whole. `sidebar` itself is left as it was.
 */
export function trimReferenceSidebar<T extends SidebarNode>(
  sidebar: readonly T[],
  maxOperations = FULL_SIDEBAR_MAX_OPERATIONS,
): T[] {
  if (countOperationLinks(sidebar) <= maxOperations) return [...sidebar];
  return sidebar.map(trimEntry);
}

/** How many operation links a sidebar holds, at any depth. */
export function countOperationLinks(entries: readonly SidebarNode[]): number {
  return entries.reduce(
    (count, entry) =>
      count +
      (entry.type === 'group'
        ? countOperationLinks(entry.entries)
        : Number(isOperationLink(entry))),
    0,
  );
}

function trimEntry<T extends SidebarNode>(entry: T): T {
  if (entry.type !== 'group') return entry;
  if (holdsCurrent(entry)) return { ...entry, entries: entry.entries.map(trimEntry) };
  const entries = entry.entries.filter((child) => !isOperationLink(child)).map(trimEntry);
  const [only] = entries;
  // A collapsed group costs a page about 0.8 KB of markup (summary, caret icon, list), a link 0.15 KB.
  if (entries.length === 1 && only?.type === 'link' && entries.length < entry.entries.length)
    return { ...only, label: entry.label } as T;
  return { ...entry, entries };
}

function holdsCurrent(entry: SidebarNode): boolean {
  return entry.type === 'link' ? entry.isCurrent : entry.entries.some(holdsCurrent);
}

function isOperationLink(entry: SidebarNode): boolean {
  return entry.type === 'link' && OPERATION_LINK_ATTRIBUTE in entry.attrs;
}
