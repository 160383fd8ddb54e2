import type { ApiModel, HttpMethod } from '../openapi/model.ts';
import { groupRoute, operationRoute, REFERENCE_ROOT } from './routes.ts';

/** A Starlight sidebar badge. */
export interface SidebarBadge {
  text: string;
  variant: 'note' | 'success' | 'caution' | 'danger' | 'default';
}

/** A Starlight sidebar entry (the subset this site uses). */
export type SidebarEntry =
  | { label: string; link: string; badge?: SidebarBadge; attrs?: Record<string, string> }
  | { label: string; collapsed?: boolean; items: SidebarEntry[] };

const METHOD_VARIANTS: Partial<Record<HttpMethod, SidebarBadge['variant']>> = {
  get: 'note',
  post: 'success',
  put: 'caution',
  patch: 'caution',
  delete: 'danger',
};

/** The attribute that marks an operation's link in the sidebar, holding its method (`get`, `patch`…). */
export const OPERATION_LINK_ATTRIBUTE = 'data-method';

/** The method as a sidebar badge, so operations that share a summary (PUT and PATCH) stay apart. */
export function methodBadge(method: HttpMethod): SidebarBadge {
  return { text: method.toUpperCase(), variant: METHOD_VARIANTS[method] ?? 'default' };
}

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
            badge: methodBadge(operation.method),
            attrs: { [OPERATION_LINK_ATTRIBUTE]: operation.method },
          })),
        ],
      })),
    ],
  };
}
