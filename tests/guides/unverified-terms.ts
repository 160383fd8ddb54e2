import { listUnverifiedNotes } from '../../src/lib/guides/not-confirmed-note.ts';

/** A name the contract marks unverified, and the contract locations whose note explains it. */
export interface UnverifiedTerm {
  /** An error code, a status number or a field name, as a guide would write it. */
  term: string;
  kind: 'error code' | 'status' | 'field';
  /** JSON pointers of the `x-unverified` notes that cover it; a marker must name one of them. */
  pointers: string[];
}

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const escape = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/**
 * The error codes, statuses and fields that only unverified parts of the contract define. A name
 * that the contract also uses without a note (`read_only`, `200`, `notes`) is not one: the
 * guides may use it freely.
 */
export function unverifiedTerms(document: unknown): UnverifiedTerm[] {
  const notes = listUnverifiedNotes(document);
  const marked = (pointer: string) =>
    [...notes.keys()].filter((at) => pointer === at || pointer.startsWith(`${at}/`));
  const uses = new Map<
    string,
    { kind: UnverifiedTerm['kind']; marked: Set<string>; plain: boolean }
  >();
  const use = (kind: UnverifiedTerm['kind'], term: string, pointers: string[]) => {
    const key = `${kind}:${term}`;
    const entry = uses.get(key) ?? { kind, marked: new Set<string>(), plain: false };
    if (pointers.length === 0) entry.plain = true;
    for (const pointer of pointers) entry.marked.add(pointer);
    uses.set(key, entry);
  };
  const root = isNode(document) ? document : {};
  // Responses: their status, and the codes of their examples.
  const visitResponses = (responses: unknown, base: string) => {
    if (!isNode(responses)) return;
    for (const [status, response] of Object.entries(responses)) {
      if (!isNode(response) || '$ref' in response) continue;
      const at = `${base}/${escape(status)}`;
      use(
        'status',
        status,
        marked(at).filter((pointer) => pointer === at),
      );
      visitExamples(response, at);
    }
  };
  const visitExamples = (response: Node, at: string) => {
    for (const [mediaType, media] of Object.entries(
      isNode(response.content) ? response.content : {},
    )) {
      if (!isNode(media) || !isNode(media.examples)) continue;
      for (const [name, example] of Object.entries(media.examples)) {
        if (!isNode(example)) continue;
        const examplePointer = `${at}/content/${escape(mediaType)}/examples/${escape(name)}`;
        const target = typeof example.$ref === 'string' ? example.$ref : examplePointer;
        const value = typeof example.$ref === 'string' ? undefined : example.value;
        const code = isNode(value) && isNode(value.error) ? value.error.code : undefined;
        if (typeof code === 'string')
          use(
            'error code',
            code,
            marked(target).filter((p) => p === target || p === at),
          );
      }
    }
  };
  for (const [path, item] of Object.entries(isNode(root.paths) ? root.paths : {})) {
    for (const [method, operation] of Object.entries(isNode(item) ? item : {})) {
      if (isNode(operation))
        visitResponses(operation.responses, `#/paths/${escape(path)}/${method}/responses`);
    }
  }
  const components = isNode(root.components) ? root.components : {};
  for (const [name, response] of Object.entries(
    isNode(components.responses) ? components.responses : {},
  )) {
    if (isNode(response)) visitExamples(response, `#/components/responses/${escape(name)}`);
  }
  for (const [name, example] of Object.entries(
    isNode(components.examples) ? components.examples : {},
  )) {
    const value = isNode(example) ? example.value : undefined;
    const code = isNode(value) && isNode(value.error) ? value.error.code : undefined;
    const at = `#/components/examples/${escape(name)}`;
    if (typeof code === 'string') use('error code', code, notes.has(at) ? [at] : []);
  }
  // A query parameter's note covers the values it lists (`sort=lastOpened`).
  const enumNotes = new Map<string, string[]>();
  for (const [path, item] of Object.entries(isNode(root.paths) ? root.paths : {})) {
    for (const [method, operation] of Object.entries(isNode(item) ? item : {})) {
      const parameters =
        isNode(operation) && Array.isArray(operation.parameters) ? operation.parameters : [];
      for (const [index, parameter] of parameters.entries()) {
        const at = `#/paths/${escape(path)}/${method}/parameters/${index}`;
        const values =
          isNode(parameter) && isNode(parameter.schema) && Array.isArray(parameter.schema.enum)
            ? parameter.schema.enum
            : [];
        if (notes.has(at))
          for (const value of values)
            if (typeof value === 'string')
              enumNotes.set(value, [...(enumNotes.get(value) ?? []), at]);
      }
    }
  }
  // Fields: a property's own note, or its schema's note when no other schema has the field.
  const schemas = isNode(components.schemas) ? components.schemas : {};
  const owners = new Map<string, number>();
  for (const schema of Object.values(schemas)) {
    for (const field of Object.keys(
      isNode(schema) && isNode(schema.properties) ? schema.properties : {},
    ))
      owners.set(field, (owners.get(field) ?? 0) + 1);
  }
  for (const [name, schema] of Object.entries(schemas)) {
    if (!isNode(schema) || !isNode(schema.properties)) continue;
    const schemaAt = `#/components/schemas/${escape(name)}`;
    for (const field of Object.keys(schema.properties)) {
      const fieldAt = `${schemaAt}/properties/${escape(field)}`;
      const pointers = [fieldAt, ...(owners.get(field) === 1 ? [schemaAt] : [])].filter((pointer) =>
        notes.has(pointer),
      );
      use(
        'field',
        field,
        pointers.length > 0 ? [...pointers, ...(enumNotes.get(field) ?? [])] : [],
      );
    }
  }
  return [...uses.entries()]
    .filter(([, entry]) => !entry.plain && entry.marked.size > 0)
    .map(([key, entry]) => ({
      term: key.slice(key.indexOf(':') + 1),
      kind: entry.kind,
      pointers: [...entry.marked].sort(),
    }))
    .sort((a, b) => a.term.localeCompare(b.term));
}
