import type { JsonSchema, OperationModel, ParameterModel } from '../../lib/openapi/model.ts';

/** How one parameter is asked for in the panel: a text field, a number, or a choice. */
export interface FieldSpec {
  /** The form field's name: `param:<in>:<name>`. */
  key: string;
  parameter: ParameterModel;
  control: 'text' | 'number' | 'select';
  /** For selects: the choices, the first being "not sent" for optional parameters. */
  choices: string[];
  /** The starting value: the example of a required parameter; optional ones start empty (not sent). */
  initial: string;
  /** The example, shown as a placeholder. */
  example: string;
  hint: string;
}

/** The form field name of a parameter. */
export function fieldKey(parameter: Pick<ParameterModel, 'in' | 'name'>): string {
  return `param:${parameter.in}:${parameter.name}`;
}

function typeOf(schema: JsonSchema | undefined): string {
  const type = schema?.type;
  const first: unknown = Array.isArray(type) ? type.find((t) => t !== 'null') : type;
  return typeof first === 'string' ? first : '';
}

/** The panel's fields for an operation's parameters, typed from their schemas. */
export function buildFieldSpecs(operation: OperationModel): FieldSpec[] {
  return operation.parameters
    .filter((parameter) => parameter.in !== 'cookie')
    .map((parameter) => {
      const type = typeOf(parameter.schema);
      const enumValues = Array.isArray(parameter.schema?.enum)
        ? parameter.schema.enum.map(String)
        : undefined;
      const choices = enumValues ?? (type === 'boolean' ? ['true', 'false'] : []);
      const example =
        parameter.example === undefined
          ? ''
          : typeof parameter.example === 'string'
            ? parameter.example
            : JSON.stringify(parameter.example);
      const initial = parameter.required ? example : '';
      const hint = [
        parameter.in,
        type || 'string',
        parameter.required ? 'required' : 'optional',
      ].join(', ');
      return {
        key: fieldKey(parameter),
        parameter,
        control:
          choices.length > 0
            ? 'select'
            : type === 'integer' || type === 'number'
              ? 'number'
              : 'text',
        choices: choices.length > 0 && !parameter.required ? ['', ...choices] : choices,
        initial,
        example,
        hint,
      };
    });
}

/** The request body's JSON examples as the picker lists them: name and label (its summary, else its name). */
export function bodyExamples(operation: OperationModel): Array<{ name: string; label: string }> {
  const media = operation.requestBody?.content.find((content) => /json/i.test(content.mediaType));
  return (media?.examples ?? []).map((example) => ({
    name: example.name,
    label: example.summary ?? example.name,
  }));
}

/** A request-body example pretty-printed for the editor: the named one, else the first; `{}` when there is none. */
export function exampleBodyText(operation: OperationModel, name?: string): string | undefined {
  const media = operation.requestBody?.content.find((content) => /json/i.test(content.mediaType));
  if (!media) return undefined;
  const example = (media.examples.find((candidate) => candidate.name === name) ?? media.examples[0])
    ?.value;
  return example === undefined ? '{}' : JSON.stringify(example, null, 2);
}

/** The first JSON request body example, pretty-printed, for the body editor. */
export function initialBodyText(operation: OperationModel): string | undefined {
  return exampleBodyText(operation);
}
