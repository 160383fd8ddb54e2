import type { OperationModel } from '../../lib/openapi/model.ts';
import { fieldKey } from './field-spec.ts';

/** Typed access to the panel form's fields. */
export interface PanelFields {
  form: HTMLFormElement;
  target(): 'mock' | 'app';
  setTarget(target: 'mock' | 'app'): void;
  /** Values of the parameter fields, by field key. */
  parameterValues(): Map<string, string>;
  setParameter(name: string, location: string, value: string): void;
  body(): HTMLTextAreaElement | null;
  input(name: string): HTMLInputElement;
  button(action: string): HTMLButtonElement;
  part(name: string): HTMLElement;
}

/** Wraps the cloned panel form. */
export function findPanelFields(form: HTMLFormElement): PanelFields {
  const radios = () => [...form.querySelectorAll<HTMLInputElement>('input[name="target"]')];
  return {
    form,
    target: () => (radios().find((radio) => radio.checked)?.value === 'app' ? 'app' : 'mock'),
    setTarget(target) {
      for (const radio of radios()) radio.checked = radio.value === target;
      for (const group of form.querySelectorAll<HTMLElement>('[data-for-target]'))
        group.hidden = group.dataset.forTarget !== target;
    },
    parameterValues() {
      const values = new Map<string, string>();
      for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
        '[name^="param:"]',
      ))
        values.set(field.name, field.value.trim());
      return values;
    },
    setParameter(name, location, value) {
      const field = form.querySelector<HTMLInputElement | HTMLSelectElement>(
        `[name="${CSS.escape(fieldKey({ name, in: location as 'path' }))}"]`,
      );
      if (field) field.value = value;
    },
    body: () => form.querySelector<HTMLTextAreaElement>('textarea[name="body"]'),
    input: (name) =>
      form.querySelector<HTMLInputElement>(`input[name="${name}"]`) as HTMLInputElement,
    button: (action) =>
      form.querySelector<HTMLButtonElement>(
        `button[data-action="${action}"], button[type="${action}"]`,
      ) as HTMLButtonElement,
    part: (name) => form.querySelector<HTMLElement>(`[data-${name}]`) as HTMLElement,
  };
}

/** Puts every parameter field to the value a reproduction asks for (or empty: not sent). */
export function applyParameterValues(
  fields: PanelFields,
  operation: OperationModel,
  path: Record<string, string>,
  query: Record<string, string>,
): void {
  for (const parameter of operation.parameters) {
    const source = parameter.in === 'path' ? path : parameter.in === 'query' ? query : {};
    fields.setParameter(parameter.name, parameter.in, source[parameter.name] ?? '');
  }
}

/** A body as the editor shows it: pretty JSON when it parses, the raw text when it does not. */
export function toEditorText(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
