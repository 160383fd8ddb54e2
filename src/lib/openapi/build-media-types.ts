import type { ExampleModel, MediaTypeModel } from './model.ts';
import { asFields, asList, asText, type Fields } from './read-fields.ts';

/** The examples of a media type or parameter: the `examples` map, else `example`, else the schema's. */
export function buildExamples(owner: Fields): ExampleModel[] {
  const named = Object.entries(asFields(owner.examples));
  if (named.length > 0) {
    return named
      .map(([name, raw]) => ({ name, example: asFields(raw) }))
      .filter(({ example }) => 'value' in example)
      .map(({ name, example }) => ({
        name,
        summary: asText(example.summary),
        description: asText(example.description),
        value: example.value,
        unverified: asText(example['x-unverified']),
      }));
  }
  if ('example' in owner) return [{ name: 'default', value: owner.example }];
  const schema = asFields(owner.schema);
  const schemaExamples = asList(schema.examples);
  if (schemaExamples.length > 0) return [{ name: 'schema', value: schemaExamples[0] }];
  if ('example' in schema) return [{ name: 'schema', value: schema.example }];
  return [];
}

/** The media types of a `content` map, in contract order. */
export function buildMediaTypes(content: unknown): MediaTypeModel[] {
  return Object.entries(asFields(content)).map(([mediaType, raw]) => {
    const media = asFields(raw);
    const schema = media.schema === undefined ? undefined : asFields(media.schema);
    return { mediaType, schema, examples: buildExamples(media) };
  });
}
