import type { JsonSchema } from '../openapi/model.ts';
import { describeSchema, type SchemaFacts } from './describe-schema.ts';

/** A composition keyword with its alternatives. */
export interface SchemaComposition {
  keyword: 'allOf' | 'oneOf' | 'anyOf' | 'not';
  options: SchemaNode[];
}

/** One node of the readable tree of a schema: a property, the items of an array, or an option. */
export interface SchemaNode extends SchemaFacts {
  /** Property name; absent for the root, array items and composition options. */
  name?: string | undefined;
  /** What an unnamed node is: `items`, `additional properties`, `option 2`… */
  label?: string | undefined;
  required: boolean;
  /** Set when the schema is one of its own ancestors (recursion): the label of that ancestor. */
  repeats?: string | undefined;
  /** True when the tree stops here because it is too deep to read. */
  truncated: boolean;
  children: SchemaNode[];
  compositions: SchemaComposition[];
  discriminator?:
    { propertyName: string; mapping: Array<{ value: string; target: string }> } | undefined;
}

const MAX_DEPTH = 12;
const KEYWORDS = ['allOf', 'oneOf', 'anyOf'] as const;

interface Place {
  name?: string;
  label?: string;
  required: boolean;
}

function isSchema(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Items that read well folded into the parent's type: `array of string`. */
/** Whether the tree would show anything below this schema's own line. */
function hasInside(schema: JsonSchema): boolean {
  return (
    (isSchema(schema.properties) && Object.keys(schema.properties).length > 0) ||
    isSchema(schema.additionalProperties) ||
    isSchema(schema.items) ||
    isSchema(schema.not) ||
    KEYWORDS.some((keyword) => Array.isArray(schema[keyword]) && schema[keyword].length > 0)
  );
}

function isPlainItems(items: JsonSchema): boolean {
  const facts = describeSchema(items);
  return (
    facts.type !== 'object' &&
    facts.type !== 'array' &&
    facts.type !== 'any' &&
    !facts.description &&
    facts.enumValues.length === 0 &&
    facts.constraints.length === 0 &&
    KEYWORDS.every((k) => items[k] === undefined)
  );
}

function readDiscriminator(schema: JsonSchema): SchemaNode['discriminator'] {
  const raw = schema.discriminator;
  if (!isSchema(raw) || typeof raw.propertyName !== 'string') return undefined;
  const mapping = Object.entries(isSchema(raw.mapping) ? raw.mapping : {}).map(
    ([value, target]) => ({ value, target: String(target).split('/').pop() ?? String(target) }),
  );
  return { propertyName: raw.propertyName, mapping };
}

/**
 * The readable tree of a (dereferenced, possibly cyclic) schema: properties with their required
 * markers, array items, additional properties, and allOf/oneOf/anyOf/not options with the
 * discriminator. A schema met again below itself is shown as a reference to that ancestor.
 */
export function toSchemaTree(schema: JsonSchema, rootLabel = 'the schema'): SchemaNode {
  return buildNode(schema, { label: rootLabel, required: false }, new Map(), 0);
}

function buildNode(
  schema: JsonSchema,
  place: Place,
  ancestors: Map<JsonSchema, string>,
  depth: number,
): SchemaNode {
  const facts = describeSchema(schema);
  const node: SchemaNode = { ...facts, ...place, truncated: false, children: [], compositions: [] };
  const repeated = ancestors.get(schema);
  if (repeated !== undefined) return { ...node, repeats: repeated };
  if (depth >= MAX_DEPTH) return { ...node, truncated: hasInside(schema) };
  const inner = new Map(ancestors).set(
    schema,
    facts.title ?? (place.name ? `\`${place.name}\`` : (place.label ?? 'the schema')),
  );
  const child = (value: JsonSchema, at: Place) => buildNode(value, at, inner, depth + 1);
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  for (const [name, property] of Object.entries(
    isSchema(schema.properties) ? schema.properties : {},
  )) {
    if (isSchema(property))
      node.children.push(child(property, { name, required: required.includes(name) }));
  }
  if (isSchema(schema.additionalProperties)) {
    node.children.push(
      child(schema.additionalProperties, { label: 'additional properties', required: false }),
    );
  }
  if (isSchema(schema.items)) {
    if (isPlainItems(schema.items) && !inner.has(schema.items)) {
      node.type = `array of ${describeSchema(schema.items).type}`;
      node.format ??= describeSchema(schema.items).format;
    } else {
      node.children.push(child(schema.items, { label: 'items', required: false }));
    }
  }
  for (const keyword of KEYWORDS) {
    const options = Array.isArray(schema[keyword]) ? schema[keyword].filter(isSchema) : [];
    if (options.length === 0) continue;
    node.compositions.push({
      keyword,
      options: options.map((option, index) =>
        child(option, { label: `option ${index + 1}`, required: false }),
      ),
    });
  }
  if (isSchema(schema.not))
    node.compositions.push({
      keyword: 'not',
      options: [child(schema.not, { label: 'not', required: false })],
    });
  node.discriminator = readDiscriminator(schema);
  return node;
}
