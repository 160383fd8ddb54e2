/**
 * The try-it panel, loaded on the reader's first click. It builds the request from the form,
 * sends it to the mock (loaded only for the Mock target) or to the reader's SessionDock, shows
 * who answered and what it means, and keeps the code samples equal to what is sent.
 * This module mounts it; the state is a small store and the behaviour plain functions over a
 * `PanelContext`, one module each.
 */
import type { ApiModel, OperationModel } from '../../lib/openapi/model.ts';
import { readInputs } from './apply-inputs.ts';
import { applyTarget } from './apply-target.ts';
import { bindPanelEvents } from './bind-panel-events.ts';
import { fillFromLink } from './fill-from-link.ts';
import { bindExamplePicker, restoreInputs } from './keep-inputs.ts';
import { bindKeyboardShortcuts } from './keyboard-shortcuts.ts';
import { createMockLoader } from './mock-loader.ts';
import { bindPanelHistory } from './panel-history.ts';
import type { PanelContext } from './panel-context.ts';
import { findPanelFields, type PanelFields } from './panel-fields.ts';
import { createPanelStore } from './panel-store.ts';
import { refreshPanel } from './refresh-panel.ts';
import { reproduceInPanel } from './reproduce-in-panel.ts';
import { findResponseView } from './response-view.ts';
import { createSnippetView } from './snippet-view.ts';
import { readBaseUrl, readTarget } from './target-choice.ts';
import { createTokenStore } from './token-store.ts';

/** What the rest of the page can ask of a mounted panel. */
export interface TryItPanel {
  /** Sets the panel up so that Send produces the documented response `status` (and example). */
  reproduce(status: string, example?: string): Promise<void>;
  /** Fills the panel from a shared request in `hash` (a `#try?…` fragment); sends nothing. */
  fillFromLink(hash: string): Promise<void>;
}

const panels = new WeakMap<HTMLElement, Promise<TryItPanel>>();
let modelRequest: Promise<ApiModel> | undefined;

/** Mounts the panel in its element once; later calls return the same panel. */
export function mountPanel(element: HTMLElement): Promise<TryItPanel> {
  let panel = panels.get(element);
  if (!panel) panels.set(element, (panel = createPanel(element)));
  return panel;
}

function loadModel(url: string): Promise<ApiModel> {
  modelRequest ??= fetch(url).then(async (response) => {
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return (await response.json()) as ApiModel;
  });
  modelRequest.catch(() => (modelRequest = undefined));
  return modelRequest;
}

async function createPanel(element: HTMLElement): Promise<TryItPanel> {
  const template = element.querySelector<HTMLTemplateElement>('template[data-template]');
  const form = template?.content.firstElementChild?.cloneNode(true);
  if (!(form instanceof HTMLFormElement)) throw new Error('try-it: the panel template is missing');
  element.querySelector('[data-closed]')?.replaceWith(form);
  const fields = findPanelFields(form);
  const status = fields.part('status');
  status.textContent = 'Loading the API description…';
  // Inert until wired: a choice made before the listeners exist would be silently undone.
  form.inert = true;
  form.setAttribute('aria-busy', 'true');
  try {
    const model = await loadModel(element.dataset.modelUrl ?? '');
    const operation = model.operations.find(
      (candidate) => candidate.id === element.dataset.operationId,
    );
    if (!operation)
      throw new Error(`operation ${element.dataset.operationId} is not in the API description`);
    const panel = await startPanel(fields, model, operation, {
      documentedBase: element.dataset.documentedBase ?? '',
      basePath: element.dataset.basePath ?? '/',
    });
    status.textContent = '';
    form.inert = false;
    form.setAttribute('aria-busy', 'false');
    fields.form.querySelector<HTMLInputElement>('input[name="target"]:checked')?.focus();
    return panel;
  } catch (error) {
    status.textContent = `The panel could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page to try again.`;
    fields.button('submit').disabled = true;
    form.inert = false;
    form.setAttribute('aria-busy', 'false');
    return { reproduce: async () => {}, fillFromLink: async () => {} };
  }
}

async function startPanel(
  fields: PanelFields,
  model: ApiModel,
  operation: OperationModel,
  place: Pick<PanelContext, 'documentedBase' | 'basePath'>,
): Promise<TryItPanel> {
  const { documentedBase } = place;
  const context: PanelContext = {
    fields,
    model,
    operation,
    ...place,
    store: createPanelStore(),
    view: findResponseView(fields.form),
    snippets: createSnippetView(fields.part('snippet-tabs'), fields.part('snippet')),
    appTokens: createTokenStore(globalThis.sessionStorage),
    mock: createMockLoader(model, fields.part('mock-state') as HTMLFieldSetElement),
    pageInputs: readInputs(fields),
  };
  fields.input('appToken').value = context.appTokens.get();
  fields.input('rememberToken').checked = context.appTokens.remembered();
  fields.input('baseUrl').value = readBaseUrl() ?? documentedBase;
  bindPanelEvents(context);
  bindKeyboardShortcuts(context);
  bindExamplePicker(context, () => refreshPanel(context));
  bindPanelHistory(context);
  restoreInputs(context);
  await applyTarget(context, readTarget());
  return {
    reproduce: (status, example) => reproduceInPanel(context, status, example),
    fillFromLink: (hash) => fillFromLink(context, hash),
  };
}
