import { applyInputs, readInputs, type AppliedInputs } from './apply-inputs.ts';
import { exampleBodyText } from './field-spec.ts';
import type { PanelContext } from './panel-context.ts';
import { forgetInputs, readSavedInputs, saveInputs } from './saved-inputs.ts';

/** Shows a message at the top of the panel (restored inputs, a shared link), or hides it. */
export function showNotice(context: PanelContext, lines: string[]): void {
  const notice = context.fields.part('notice');
  notice.replaceChildren(
    ...lines.map((line) => {
      const paragraph = document.createElement('p');
      paragraph.textContent = line;
      return paragraph;
    }),
  );
  notice.hidden = lines.length === 0;
}

/** The lines that tell what of some inputs could not be used, and why. */
export function describeApplied(applied: AppliedInputs): string[] {
  return [
    ...(applied.dropped.length > 0
      ? [`Dropped, because the operation no longer has it: ${applied.dropped.join('; ')}.`]
      : []),
    ...(applied.bodyProblem
      ? [
          `The body no longer matches the request schema: ${applied.bodyProblem} Check it before sending.`,
        ]
      : []),
  ];
}

/** Saves the form's inputs for the rest of the visit (never the token: it is not among them). */
export function rememberInputs(context: PanelContext): void {
  const inputs = readInputs(context.fields);
  // Inputs as the page starts them are not worth announcing as "back" on the next visit.
  if (JSON.stringify(inputs) === JSON.stringify(context.pageInputs))
    forgetInputs(context.operation.id);
  else saveInputs(context.operation.id, inputs);
}

/** Puts back the inputs of this operation from earlier in the visit, saying what no longer fits. */
export function restoreInputs(context: PanelContext): boolean {
  const saved = readSavedInputs(context.operation.id);
  if (!saved) return false;
  const applied = applyInputs(context.fields, context.operation, saved);
  showNotice(context, [
    'Your inputs from earlier in this visit are back.',
    ...describeApplied(applied),
  ]);
  return true;
}

/** The example picker: choosing an example (or Reset to example) puts its body in the editor. */
export function bindExamplePicker(context: PanelContext, onChange: () => void): void {
  const picker = context.fields.form.querySelector<HTMLSelectElement>('select[name="example"]');
  const editor = context.fields.body();
  if (!picker || !editor) return;
  const fill = (): void => {
    editor.value = exampleBodyText(context.operation, picker.value) ?? '';
    context.store.update({ prefer: undefined });
    onChange();
  };
  picker.addEventListener('change', fill);
  context.fields.button('reset-example').addEventListener('click', () => {
    fill();
    context.fields.part('status').textContent =
      `The body is back to the example "${picker.selectedOptions[0]?.textContent ?? picker.value}".`;
  });
}
