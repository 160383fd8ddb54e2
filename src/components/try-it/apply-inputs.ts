import type { OperationModel } from '../../lib/openapi/model.ts';
import { checkBody } from './body-check.ts';
import { fieldKey } from './field-spec.ts';
import type { PanelFields } from './panel-fields.ts';

/** Inputs to put into the form: parameter values by field key, a body, an example name. */
export interface InputsToApply {
  values: Record<string, string>;
  body?: string | undefined;
  example?: string | undefined;
}

/** What could not be applied because the operation no longer has it, in words, and what was. */
export interface AppliedInputs {
  /** One phrase per value dropped: "`sort` (no longer a parameter of this operation)". */
  dropped: string[];
  /** Why the applied body does not fit the request schema, if it does not. */
  bodyProblem?: string | undefined;
}

/**
 * Puts saved or shared inputs into the form, keeping only what the operation still has: an
 * unknown parameter, a choice no longer offered, a body for an operation without one, or an
 * example that no longer exists is dropped and named; a body that no longer validates is
 * applied and flagged, never sent silently.
 */
export function applyInputs(
  fields: PanelFields,
  operation: OperationModel,
  inputs: InputsToApply,
): AppliedInputs {
  const dropped: string[] = [];
  const known = new Map(operation.parameters.map((parameter) => [fieldKey(parameter), parameter]));
  for (const [key, value] of Object.entries(inputs.values)) {
    const parameter = known.get(key);
    const field = fields.form.querySelector<HTMLInputElement | HTMLSelectElement>(
      `[name="${CSS.escape(key)}"]`,
    );
    const name = key.split(':').slice(2).join(':') || key;
    if (!parameter || !field) {
      dropped.push(`\`${name}\` (no longer a parameter of this operation)`);
      continue;
    }
    if (
      field instanceof HTMLSelectElement &&
      ![...field.options].some((option) => option.value === value)
    ) {
      dropped.push(`\`${name}\` = "${value}" (no longer one of its choices)`);
      continue;
    }
    field.value = value;
  }
  const picker = fields.form.querySelector<HTMLSelectElement>('select[name="example"]');
  if (inputs.example !== undefined && picker) {
    if ([...picker.options].some((option) => option.value === inputs.example))
      picker.value = inputs.example;
    else dropped.push(`the example "${inputs.example}" (no longer documented)`);
  }
  const editor = fields.body();
  if (inputs.body === undefined) return { dropped };
  if (!editor) {
    dropped.push('the request body (this operation no longer takes one)');
    return { dropped };
  }
  editor.value = inputs.body;
  const verdict = checkBody(inputs.body, operation.requestBody?.content[0]?.schema);
  return { dropped, bodyProblem: verdict.ok ? undefined : verdict.problem };
}

/** The form's inputs as they would be saved or shared: parameters, body, chosen example. */
export function readInputs(fields: PanelFields): InputsToApply {
  const values = Object.fromEntries(fields.parameterValues());
  const example = fields.form.querySelector<HTMLSelectElement>('select[name="example"]')?.value;
  return { values, body: fields.body()?.value, ...(example ? { example } : {}) };
}
