/**
 * The JSON model without the prose that only the pages show: descriptions of the API, its
 * groups, operations, parameters, request bodies, headers and every schema. The try-it panel and
 * the in-page mock fetch the model on first use and never read those; they do read the
 * descriptions of responses and examples (the advice an error comes with), which stay.
 */

type Json = unknown;
type JsonObject = Record<string, Json>;

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SUBSCHEMA = ['items', 'not', 'additionalProperties', 'contains', 'if', 'then', 'else'];
const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions'];

function isObject(value: Json): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function without(object: JsonObject, key: string): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
}

/** A schema without `description` keywords, at any depth; property names are never touched. */
function dropSchemaProse(schema: Json): Json {
  if (!isObject(schema)) return schema;
  const copy = without(schema, 'description');
  for (const key of SUBSCHEMA_LISTS) {
    const list = copy[key];
    if (Array.isArray(list)) copy[key] = list.map(dropSchemaProse);
  }
  for (const key of SUBSCHEMA) if (key in copy) copy[key] = dropSchemaProse(copy[key]);
  for (const key of SUBSCHEMA_MAPS) {
    const map = copy[key];
    if (isObject(map)) {
      copy[key] = Object.fromEntries(
        Object.entries(map).map(([name, sub]) => [name, dropSchemaProse(sub)]),
      );
    }
  }
  return copy;
}

/** Media types keep their examples (values and descriptions); their schemas lose their prose. */
function dropContentProse(content: Json): Json {
  if (!Array.isArray(content)) return content;
  return content.map((mediaType: Json) =>
    isObject(mediaType) && 'schema' in mediaType
      ? { ...mediaType, schema: dropSchemaProse(mediaType.schema) }
      : mediaType,
  );
}

/** A parameter or header: no description, schema without prose. */
function dropPartProse(part: Json): Json {
  if (!isObject(part)) return part;
  const copy = without(part, 'description');
  if ('schema' in copy) copy.schema = dropSchemaProse(copy.schema);
  if ('content' in copy) copy.content = dropContentProse(copy.content);
  return copy;
}

function dropOperationProse(operation: Json): Json {
  if (!isObject(operation)) return operation;
  const copy = without(operation, 'description');
  if (Array.isArray(copy.parameters)) copy.parameters = copy.parameters.map(dropPartProse);
  if (isObject(copy.requestBody)) {
    const body = without(copy.requestBody, 'description');
    copy.requestBody = { ...body, content: dropContentProse(body.content) };
  }
  if (Array.isArray(copy.responses)) {
    copy.responses = copy.responses.map((response: Json) => {
      if (!isObject(response)) return response;
      const kept: JsonObject = { ...response, content: dropContentProse(response.content) };
      if (Array.isArray(response.headers)) kept.headers = response.headers.map(dropPartProse);
      return kept;
    });
  }
  return copy;
}

/** The plain JSON model (as `toJsonModel` builds it) without the pages' prose. */
export function dropProse(model: JsonObject): JsonObject {
  const copy = without(model, 'description');
  if (Array.isArray(copy.groups)) {
    copy.groups = copy.groups.map((group: Json) =>
      isObject(group) ? without(group, 'description') : group,
    );
  }
  if (Array.isArray(copy.operations)) copy.operations = copy.operations.map(dropOperationProse);
  return copy;
}
