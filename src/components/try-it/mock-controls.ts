import type { FailureFlag, MockFlags } from '../../../mocks/app/mock-flags.ts';
import type { MockStore } from '../../../mocks/app/mock-store.ts';

const MODES = ['full-automation', 'read-only'] as const;

function labelled(text: string, control: HTMLElement): HTMLLabelElement {
  const label = document.createElement('label');
  const span = document.createElement('span');
  span.textContent = text;
  label.append(control, ' ', span);
  return label;
}

function modeSelect(name: 'configuredMode' | 'effectiveMode', text: string): HTMLLabelElement {
  const select = document.createElement('select');
  select.name = `mock:${name}`;
  for (const mode of MODES) select.append(new Option(mode, mode));
  const label = document.createElement('label');
  label.className = 'try-it-field';
  const span = document.createElement('span');
  span.textContent = text;
  label.append(span, select);
  return label;
}

function checkbox(name: string, text: string): HTMLLabelElement {
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.name = name;
  return labelled(text, input);
}

/** A readable service name: `waveform_notes_unavailable` → `waveform notes`. */
function serviceName(code: string): string {
  return code.replace(/_unavailable$/, '').replace(/_/g, ' ');
}

/**
 * The action-failure checkboxes: one per on/off flag of the mock, which are the contract's action
 * failures (`openFails` → "open action fails").
 */
export function listFailureSwitches(flags: MockFlags): { name: string; label: string }[] {
  return Object.keys(flags)
    .filter((key) => typeof flags[key as keyof MockFlags] === 'boolean')
    .map((flag) => ({
      name: `mock:${flag}`,
      label: `${flag.replace(/Fails$/, '').replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)} action fails`,
    }));
}

/**
 * Fills the "Simulated app" fieldset from the mock's flags (modes, services, failing actions)
 * and keeps both in step: a change of a control sets the flag, a change of the flags (a
 * reproduction, a reset) updates the controls.
 */
export function bindMockControls(fieldset: HTMLFieldSetElement, store: MockStore): void {
  const legend = fieldset.querySelector('legend');
  fieldset.replaceChildren(...(legend ? [legend] : []));
  const flags = store.read().flags;
  fieldset.append(
    modeSelect('configuredMode', 'Mode chosen in Settings'),
    modeSelect('effectiveMode', 'Mode the app grants (effectiveMode)'),
    ...Object.keys(flags.services).map((code) =>
      checkbox(`mock:service:${code}`, `${serviceName(code)} service available`),
    ),
    ...listFailureSwitches(flags).map(({ name, label }) => checkbox(name, label)),
  );
  let shown: MockFlags | undefined;
  // Every answered request changes the store (its request log), not the flags. Setting a control,
  // even to its own value, costs a task of the browser's autofill after the send.
  const show = (current: MockFlags): void => {
    if (current === shown) return;
    shown = current;
    for (const control of fieldset.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      '[name^="mock:"]',
    )) {
      const key = control.name.slice('mock:'.length);
      if (control instanceof HTMLSelectElement) {
        const mode = current[key as 'effectiveMode'];
        if (control.value !== mode) control.value = mode;
        continue;
      }
      const checked = key.startsWith('service:')
        ? (current.services[key.slice('service:'.length)] ?? true)
        : current[key as FailureFlag] === true;
      if (control.checked !== checked) control.checked = checked;
    }
  };
  show(flags);
  store.subscribe((state) => show(state.flags));
  fieldset.addEventListener('change', (event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const key = control.name.slice('mock:'.length);
    if (control instanceof HTMLSelectElement)
      store.setFlags({ [key as 'effectiveMode']: control.value as MockFlags['effectiveMode'] });
    else if (key.startsWith('service:'))
      store.setFlags({ services: { [key.slice('service:'.length)]: control.checked } });
    else store.setFlags({ [key]: control.checked });
  });
}
