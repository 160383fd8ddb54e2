/**
 * Synthetic contracts for the build-at-scale benchmark, grown from the real one so every
 * operation has the real shapes (path and query parameters, JSON bodies, four to six responses
 * with named examples, shared `$ref` components) and the guides' links into the reference still
 * resolve (the link check would fail the build otherwise).
 *
 * The first 20 operations are the contract's own; each further batch of 20 is a copy of them under
 * `/workspaces/w<k>` with its own operation ids and one tag per batch ("Workspace k"), so 1,000
 * operations spread over 7 + 49 groups.
 */
import { parse, stringify } from 'yaml';

type Fields = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Number of operations (method + path pairs with an operation object) in a contract document. */
export function countOperations(document: Fields): number {
  const paths = (document.paths ?? {}) as Record<string, Fields>;
  return Object.values(paths).reduce(
    (total, item) => total + METHODS.filter((method) => item[method] !== undefined).length,
    0,
  );
}

/** Copies of the contract's operations for batch `k`, all under one tag. */
function copyBatch(
  paths: Record<string, Fields>,
  k: number,
  tag: string,
  wanted: number,
): Record<string, Fields> {
  const copies: Record<string, Fields> = {};
  let made = 0;
  for (const [path, item] of Object.entries(paths)) {
    if (made === wanted) break;
    const copy: Fields = {};
    for (const [key, value] of Object.entries(item)) {
      if (!METHODS.includes(key)) {
        copy[key] = structuredClone(value);
        continue;
      }
      if (made === wanted) continue;
      const operation = structuredClone(value) as Fields;
      operation.operationId = `${String(operation.operationId)}W${k}`;
      operation.summary = `${String(operation.summary)} (workspace ${k})`;
      operation.tags = [tag];
      copy[key] = operation;
      made += 1;
    }
    if (METHODS.some((method) => copy[method] !== undefined))
      copies[`/workspaces/w${k}${path}`] = copy;
  }
  return copies;
}

/** A contract of exactly `operationCount` operations (at least the base contract's) as YAML. */
export function generateContract(baseText: string, operationCount: number): string {
  const base = parse(baseText) as Fields;
  const baseCount = countOperations(base);
  if (operationCount < baseCount)
    throw new Error(
      `at least ${baseCount} operations (the contract's own), asked for ${operationCount}`,
    );
  const paths = { ...(base.paths as Record<string, Fields>) };
  const tags = [...((base.tags ?? []) as Fields[])];
  for (let k = 1, left = operationCount - baseCount; left > 0; k += 1) {
    const tag = `workspace-${k}`;
    tags.push({
      name: tag,
      'x-displayName': `Workspace ${k}`,
      description: `Operations scoped to workspace ${k} (synthetic, for the build benchmark).`,
    });
    const batch = copyBatch(
      base.paths as Record<string, Fields>,
      k,
      tag,
      Math.min(baseCount, left),
    );
    Object.assign(paths, batch);
    left -= countOperations({ paths: batch });
  }
  const document = {
    ...base,
    info: {
      ...(base.info as Fields),
      title: `${String((base.info as Fields).title)} (${operationCount} operations)`,
    },
    tags,
    paths,
  };
  const made = countOperations(document);
  if (made !== operationCount)
    throw new Error(`generated ${made} operations instead of ${operationCount}`);
  // No YAML anchors: each copy stays a plain, independent object as a hand-written contract would be.
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
}
