import type { OperationModel } from '../openapi/model.ts';

/** Hints about what calling a tool does, as MCP's tool annotations name them. */
export interface ToolAnnotations {
  /** The operation only reads: it runs in read-only mode. */
  readOnlyHint: boolean;
  /** The operation removes or overwrites what was there (a delete or a replace). */
  destructiveHint: boolean;
  /** Calling it twice with the same arguments has the effect of calling it once (HTTP's idempotent methods). */
  idempotentHint: boolean;
  /** It reaches only the reader's own SessionDock, never the open web. */
  openWorldHint: false;
}

const IDEMPOTENT_METHODS = new Set(['get', 'head', 'options', 'put', 'delete', 'trace']);

/** The hints for one operation, from its mode and its HTTP method. */
export function toolAnnotations(operation: OperationModel): ToolAnnotations {
  const readOnly = operation.mode === 'read-only';
  return {
    readOnlyHint: readOnly,
    destructiveHint: !readOnly && (operation.method === 'delete' || operation.method === 'put'),
    idempotentHint: IDEMPOTENT_METHODS.has(operation.method),
    openWorldHint: false,
  };
}
