import type { ApiModel } from '../openapi/model.ts';
import { groupRoute, operationRoute, REFERENCE_ROOT } from './routes.ts';

/** A Starlight sidebar entry (the subset this site uses). */
export type SidebarEntry =
  | { label: string; link: string; attrs?: Record<string, string> }
  | { label: string; collapsed?: boolean; items: SidebarEntry[] };

/** The reference part of the sidebar: the index, then one group per tag in contract order. */
export function buildReferenceSidebar(model: ApiModel): SidebarEntry {
  return {
    label: 'API reference',
    items: [
      { label: 'All operations', link: `/${REFERENCE_ROOT}/` },
      ...model.groups.map((group) => ({
        label: group.displayName,
        collapsed: true,
        items: [
          { label: 'Overview', link: `/${groupRoute(group)}` },
          ...group.operations.map((operation) => ({
            label: operation.summary,
            link: `/${operationRoute(operation)}`,
            attrs: { 'data-method': operation.method },
          })),
        ],
      })),
    ],
  };
}
