import type { SchemaNode } from './schema-tree.ts';

/** How many lines a schema tree takes: one per node, its properties, items and composition options. */
export function countSchemaLines(node: SchemaNode): number {
  const below = [
    ...node.children,
    ...node.compositions.flatMap((composition) => composition.options),
  ];
  return 1 + below.reduce((total, child) => total + countSchemaLines(child), 0);
}
