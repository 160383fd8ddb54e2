import type {
  ExampleModel,
  MediaTypeModel,
  ParameterModel,
  ResponseModel,
} from '../openapi/model.ts';
import { countSchemaLines } from './count-schema-lines.ts';
import { formatExample } from './format-example.ts';
import { toSchemaTree } from './schema-tree.ts';

// Heights in rem, generous for a phone's width (where rows become cards and lines wrap): the
// estimate must not fall short of the real height (see Operation.astro's content-visibility).
const SECTION = 16;
const PER_PARAMETER = 20;
const PER_SCHEMA_LINE = 9;
const PER_EXAMPLE = 16;
const PER_EXAMPLE_LINE = 4;

/** Upper bound on the height, in rem, of the parameters section on a phone-width column. */
export function estimateParametersHeight(parameters: ParameterModel[]): number {
  return SECTION + parameters.length * PER_PARAMETER;
}

/** Upper bound on the height, in rem, of the media types of a body or response, with their examples. */
export function estimateMediaHeight(content: MediaTypeModel[]): number {
  return content.reduce(
    (total, media) =>
      total +
      SECTION +
      (media.schema ? countSchemaLines(toSchemaTree(media.schema)) * PER_SCHEMA_LINE : 0) +
      media.examples.reduce(
        (sum, example) => sum + estimateExampleHeight(example, media.mediaType),
        0,
      ),
    SECTION,
  );
}

/** Upper bound on the height, in rem, of one example (its name, notes and highlighted code). */
export function estimateExampleHeight(example: ExampleModel, mediaType: string): number {
  return (
    PER_EXAMPLE + formatExample(example.value, mediaType).code.split('\n').length * PER_EXAMPLE_LINE
  );
}

/** Upper bound on the height, in rem, of one response section (its headers included). */
export function estimateResponseHeight(response: ResponseModel): number {
  return estimateMediaHeight(response.content) + response.headers.length * PER_PARAMETER;
}
