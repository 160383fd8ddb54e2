/** URL segments for groups and operations, and ids for operations that have no operationId. */

/** Lower-cases and keeps only URL-safe characters: `getHealth` → `gethealth`, `My Tag` → `my-tag`. */
export function toSlug(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'untitled';
}

/** An operation id for an operation without one: `get /sessions/{id}` → `get-sessions-id`. */
export function deriveOperationId(method: string, path: string): string {
  return toSlug(`${method} ${path.replace(/[{}]/g, '')}`.replace(/\//g, ' '));
}
