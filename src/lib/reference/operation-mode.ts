import type { OperationModel } from '../openapi/model.ts';

/**
 * The access mode an operation needs, read from the extension the site is configured with
 * (SessionDock's `x-sessiondock-mode`); undefined when no extension is configured or the
 * operation does not carry it as text.
 */
export function operationMode(
  operation: OperationModel,
  extension: string | undefined,
): string | undefined {
  if (extension === undefined) return undefined;
  const value = operation.extensions[extension];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}
