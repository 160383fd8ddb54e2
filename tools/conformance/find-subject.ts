import type { ApiModel, OperationModel } from '../../src/lib/openapi/model.ts';
import type { Subject } from './plan-read-checks.ts';

/** The list operation whose items the item routes address: a GET collection with a GET `{id}` beneath it. */
export function findListOperation(model: ApiModel): OperationModel | undefined {
  return model.operations.find(
    (operation) =>
      operation.method === 'get' &&
      !operation.path.includes('{') &&
      model.operations.some(
        (item) => item.method === 'get' && item.path === `${operation.path}/{id}`,
      ),
  );
}

/**
 * Picks the session the read checks use from a list answer: the first one with a preview
 * (its preferred variant, else its first), else the first one; none when the list is empty.
 */
export function pickSubject(body: unknown): Subject {
  const items = (body as { data?: unknown } | undefined)?.data;
  if (!Array.isArray(items)) return { values: {}, reason: 'the session list could not be read' };
  const sessions = items.filter(
    (item): item is Record<string, unknown> =>
      item !== null &&
      typeof item === 'object' &&
      typeof (item as { id?: unknown }).id === 'string',
  );
  const [first] = sessions;
  if (first === undefined) return { values: {}, reason: 'the library has no sessions' };
  const withPreview = sessions.find((session) => variantOf(session) !== undefined);
  const chosen = withPreview ?? first;
  return {
    values: { id: String(chosen.id), variantId: variantOf(chosen) },
    reason: withPreview ? undefined : 'no session in the first page of the library has a preview',
  };
}

function variantOf(session: Record<string, unknown>): string | undefined {
  const previews = Array.isArray(session.previews) ? session.previews : [];
  const ids = previews
    .map((preview) => (preview as { id?: unknown } | null)?.id)
    .filter((id): id is string => typeof id === 'string');
  if (ids.length === 0) return undefined;
  const preferred = session.preferredPreviewId;
  return typeof preferred === 'string' && ids.includes(preferred) ? preferred : ids[0];
}
