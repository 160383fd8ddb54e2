/** Follows a JSON pointer (`#/paths/~1sessions/post`) into a parsed contract; undefined when nothing is there. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#/'))
    throw new Error(`"${pointer}" is not a local JSON pointer (it must start with #/)`);
  let node: unknown = document;
  for (const raw of pointer.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
