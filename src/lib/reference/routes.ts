import type { GroupModel, OperationModel } from '../openapi/model.ts';

/** Where the generated reference lives, relative to the site's base path. */
export const REFERENCE_ROOT = 'api-reference';

/** Path of an operation page, relative to the base: `api-reference/system/gethealth/`. */
export function operationRoute(operation: Pick<OperationModel, 'group' | 'slug'>): string {
  return `${REFERENCE_ROOT}/${operation.group}/${operation.slug}/`;
}

/** Path of a group (tag) page, relative to the base: `api-reference/system/`. */
export function groupRoute(group: Pick<GroupModel, 'slug'>): string {
  return `${REFERENCE_ROOT}/${group.slug}/`;
}

/** Joins the base path and a route relative to it: (`/docs`, `installation/`) → `/docs/installation/`. */
export function withBase(basePath: string, route: string): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return `${base}${route.replace(/^\/+/, '')}`;
}

/** The anchor of a response section on an operation page: `404` → `response-404`, `4XX` → `response-4xx`. */
export function responseAnchor(status: string): string {
  return `response-${status.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
