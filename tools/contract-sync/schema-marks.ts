import type { JsonSchema, OperationModel } from '../../src/lib/openapi/model.ts';
import { compareSchemas } from './compare-schemas.ts';
import { verdict, type MarkVerdict } from './mark-verdict.ts';

/** The schemas of an operation by where they sit: `parameter limit (query)`, `response 200 application/json`… */
export function schemaRoots(operation: OperationModel): Map<string, JsonSchema> {
  const roots = new Map<string, JsonSchema>();
  for (const parameter of operation.parameters) {
    if (parameter.schema)
      roots.set(`parameter ${parameter.name} (${parameter.in})`, parameter.schema);
  }
  for (const media of operation.requestBody?.content ?? []) {
    if (media.schema) roots.set(`request body ${media.mediaType}`, media.schema);
  }
  for (const response of operation.responses) {
    for (const media of response.content)
      if (media.schema) roots.set(`response ${response.status} ${media.mediaType}`, media.schema);
  }
  return roots;
}

/**
 * Verdicts for the `x-unverified` marks inside our operation's schemas: settled when the app's
 * schema at the same place is structurally the same, differs when it is not or has nothing
 * there, open when the app has no such schema at all or marks the place unverified itself.
 */
export function settleSchemaMarks(
  ours: OperationModel,
  theirs: OperationModel | undefined,
): MarkVerdict[] {
  const theirRoots = theirs ? schemaRoots(theirs) : new Map<string, JsonSchema>();
  const verdicts: MarkVerdict[] = [];
  for (const [where, root] of schemaRoots(ours)) {
    for (const mark of collectMarks(root)) {
      const location = `${ours.id} › ${where} schema ${mark.pointer === '' ? '/' : mark.pointer}`;
      const theirRoot = theirRoots.get(where);
      const other = theirRoot === undefined ? undefined : resolvePointer(theirRoot, mark.pointer);
      if (theirRoot === undefined)
        verdicts.push(verdict('open', location, mark.text, `the app's document has no ${where}`));
      else if (other === undefined)
        verdicts.push(
          verdict(
            'differs',
            location,
            mark.text,
            `the app's schema has nothing at ${mark.pointer}`,
          ),
        );
      else if (typeof other['x-unverified'] === 'string')
        verdicts.push(
          verdict('open', location, mark.text, "the app's document marks it unverified too"),
        );
      else {
        const first = compareSchemas(mark.node, other)[0];
        verdicts.push(
          first
            ? verdict(
                'differs',
                location,
                mark.text,
                `the app's schema differs at ${first.path || '/'}: ours ${first.ours}, app ${first.theirs}`,
              )
            : verdict('settled', location, mark.text, "the app's schema is the same here"),
        );
      }
    }
  }
  return verdicts;
}

interface SchemaMark {
  pointer: string;
  node: JsonSchema;
  text: string;
}

/** Every schema node carrying `x-unverified`, with its JSON pointer from the root (cycles visited once). */
export function collectMarks(root: JsonSchema): SchemaMark[] {
  const marks: SchemaMark[] = [];
  const seen = new Set<object>();
  const visit = (node: unknown, pointer: string) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, `${pointer}/${index}`));
      return;
    }
    const fields = node as JsonSchema;
    if (typeof fields['x-unverified'] === 'string')
      marks.push({ pointer, node: fields, text: fields['x-unverified'] });
    for (const [key, value] of Object.entries(fields)) {
      if (key !== 'example' && key !== 'examples' && key !== 'default' && key !== 'const')
        visit(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
    }
  };
  visit(root, '');
  return marks;
}

/** The schema node at a JSON pointer, or undefined when there is none. */
export function resolvePointer(root: JsonSchema, pointer: string): JsonSchema | undefined {
  let node: unknown = root;
  for (const segment of pointer.split('/').slice(1)) {
    const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node !== null && typeof node === 'object' && !Array.isArray(node)
    ? (node as JsonSchema)
    : undefined;
}
