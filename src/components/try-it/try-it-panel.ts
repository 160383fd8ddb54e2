/**
 * The try-it panel, loaded on the reader's first click. It builds the request from the form,
 * sends it to the mock (loaded only for the Mock target) or to the reader's SessionDock, shows
 * who answered and what it means, and keeps the code samples equal to what is sent.
 */
import type { ApiModel, OperationModel } from '../../lib/openapi/model.ts';
import type { SnippetRequest } from '../../lib/snippets/snippet-request.ts';
import { isLoopbackUrl, sendToApp } from './app-target.ts';
import { checkBody } from './body-check.ts';
import type { Diagnosis } from './diagnose.ts';
import { diagnoseResponse } from './diagnose-response.ts';
import { bindMockControls } from './mock-controls.ts';
import type { MockTarget } from './mock-target.ts';
import { applyParameterValues, findPanelFields, toEditorText, type PanelFields } from './panel-fields.ts';
import { buildPanelRequest } from './panel-request.ts';
import { findResponseView, renderDiagnosis, renderExchange, statusText } from './response-view.ts';
import { sendRequest, type Exchange } from './send-request.ts';
import { createSnippetView } from './snippet-view.ts';
import { readBaseUrl, readTarget, saveBaseUrl, saveTarget } from './target-choice.ts';
import { createTokenStore } from './token-store.ts';

/** What the rest of the page can ask of a mounted panel. */
export interface TryItPanel {
  /** Sets the panel up so that Send produces the documented response `status` (and example). */
  reproduce(status: string, example?: string): Promise<void>;
}

const TIMEOUT_MS = 10_000;
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
    const operation = model.operations.find((candidate) => candidate.id === element.dataset.operationId);
    if (!operation) throw new Error(`operation ${element.dataset.operationId} is not in the API description`);
    const panel = await startPanel(fields, model, operation, element.dataset.documentedBase ?? '');
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
    return { reproduce: async () => {} };
  }
}

async function startPanel(fields: PanelFields, model: ApiModel, operation: OperationModel, documentedBase: string): Promise<TryItPanel> {
  const appTokens = createTokenStore(globalThis.sessionStorage);
  const view = findResponseView(fields.form);
  const snippets = createSnippetView(fields.part('snippet-tabs'), fields.part('snippet'));
  const status = fields.part('status');
  let mock: MockTarget | undefined;
  let prefer: string | undefined;
  let cancel: AbortController | undefined;

  const ensureMock = async (): Promise<MockTarget> => {
    if (!mock) {
      const { openMock } = await import('./mock-target.ts');
      mock = openMock(model);
      bindMockControls(fields.part('mock-state') as HTMLFieldSetElement, mock.store);
    }
    return mock;
  };
  const baseUrl = (): string => (fields.target() === 'mock' ? documentedBase : fields.input('baseUrl').value.trim());
  const currentRequest = (): SnippetRequest => buildPanelRequest(operation, {
    baseUrl: baseUrl(),
    token: fields.target() === 'mock' ? fields.input('mockToken').value.trim() : appTokens.get(),
    values: fields.parameterValues(),
    body: fields.body()?.value,
    prefer,
  });
  const refresh = (): void => {
    const token = fields.target() === 'mock' ? fields.input('mockToken').value.trim() : appTokens.get();
    // In Mock mode a deliberately wrong token is not a secret, and the copied command needs it.
    const reveal = fields.input('revealToken').checked || (fields.target() === 'mock' && token === mock?.tokenFor('wrong'));
    snippets.show(currentRequest(), reveal && token ? token : undefined);
    const body = fields.body();
    if (body) {
      const verdict = checkBody(body.value, operation.requestBody?.content[0]?.schema);
      fields.part('body-check').textContent = verdict.ok ? 'The body matches the request schema.' : `${verdict.problem} (You can still send it to see the error.)`;
      fields.part('body-check').dataset.ok = String(verdict.ok);
    }
  };
  const applyTarget = async (target: 'mock' | 'app'): Promise<void> => {
    fields.setTarget(target);
    saveTarget(target);
    if (target === 'mock') await ensureMock();
    refresh();
  };

  const send = async (request: SnippetRequest): Promise<void> => {
    cancel = new AbortController();
    fields.button('submit').disabled = true;
    fields.button('cancel').disabled = false;
    status.textContent = 'Sending…';
    try {
      let exchange: Exchange;
      let diagnosis: Diagnosis | undefined;
      let answeredBy: string;
      if (fields.target() === 'app') {
        if (!isLoopbackUrl(baseUrl())) {
          renderDiagnosis(view.diagnosis, { tone: 'danger', title: 'The base URL must point to this computer', details: ['Use http://127.0.0.1:<port>/api/v1 (the Local API listens on 127.0.0.1 only). Your token is never sent anywhere else.'] });
          view.section.hidden = false;
          status.textContent = 'Not sent: the base URL is not on this computer.';
          return;
        }
        ({ exchange, diagnosis } = await sendToApp(request, { baseUrl: baseUrl(), timeoutMs: TIMEOUT_MS, cancel: cancel.signal }));
        answeredBy = `Answered by your SessionDock at ${baseUrl()}`;
      } else {
        const target = await ensureMock();
        exchange = await sendRequest(request, { fetch: target.fetch, timeoutMs: TIMEOUT_MS, cancel: cancel.signal });
        answeredBy = `Answered by the mock in this page (simulated app in ${target.store.read().flags.effectiveMode} mode)`;
      }
      if (exchange.kind === 'response') diagnosis = diagnoseResponse(operation, exchange.status, exchange.bodyText);
      if (exchange.kind === 'failure') answeredBy = fields.target() === 'app' ? `No answer from ${baseUrl()}` : 'No answer from the mock';
      renderExchange(view, exchange, answeredBy, diagnosis);
      status.textContent = exchange.kind === 'response' ? `${statusText(exchange.status, exchange.statusText)} in ${exchange.durationMs} ms.` : (diagnosis?.title ?? 'No response.');
    } finally {
      fields.button('submit').disabled = false;
      fields.button('cancel').disabled = true;
      cancel = undefined;
    }
  };

  const reproduce = async (statusCode: string, example?: string): Promise<void> => {
    fields.form.scrollIntoView({ block: 'start' });
    const target = await ensureMock();
    await applyTarget('mock');
    const reproduction = target.reproduction(operation, statusCode, example);
    if (!reproduction) {
      status.textContent = `This operation documents no ${statusCode}${example ? ` (${example})` : ''} response.`;
      return;
    }
    target.prepare(reproduction);
    applyParameterValues(fields, operation, reproduction.pathParams, reproduction.query);
    const body = fields.body();
    if (body && reproduction.body !== undefined) body.value = toEditorText(reproduction.body);
    fields.input('mockToken').value = target.tokenFor(reproduction.token);
    prefer = reproduction.prefer;
    refresh();
    fields.button('submit').focus();
    status.textContent = `Ready to reproduce ${statusCode}: ${reproduction.summary} Press Send.`;
  };

  fields.input('appToken').value = appTokens.get();
  fields.input('rememberToken').checked = appTokens.remembered();
  fields.input('baseUrl').value = readBaseUrl() ?? documentedBase;
  fields.form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'appToken') appTokens.set(target.value.trim());
    if (target.name === 'baseUrl') saveBaseUrl(target.value.trim());
    if (target.name.startsWith('param:') || target.name === 'body') prefer = undefined;
    refresh();
  });
  fields.form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'target') void applyTarget(target.value === 'app' ? 'app' : 'mock');
    if (target.name === 'rememberToken') appTokens.setRemembered(target.checked);
    refresh();
  });
  fields.form.addEventListener('submit', (event) => {
    event.preventDefault();
    void send(currentRequest());
  });
  fields.button('cancel').addEventListener('click', () => cancel?.abort());
  fields.button('forget-token').addEventListener('click', () => {
    appTokens.forget();
    fields.input('appToken').value = '';
    fields.input('rememberToken').checked = false;
    status.textContent = 'Token forgotten.';
    refresh();
  });
  fields.button('check-connection').addEventListener('click', () => {
    const token = appTokens.get();
    void send({ method: 'GET', url: `${baseUrl().replace(/\/+$/, '')}/health`, headers: token ? [['Authorization', `Bearer ${token}`]] : [] });
  });
  fields.button('reset-mock').addEventListener('click', () => {
    mock?.store.reset();
    status.textContent = 'The simulated library is back to its starting sessions.';
  });
  fields.button('copy-snippet').addEventListener('click', () => {
    // No clipboard on a page served over plain http from a non-loopback host.
    void (navigator.clipboard as Clipboard | undefined)?.writeText(snippets.current()).then(
      () => (fields.part('copy-status').textContent = 'Copied.'),
      () => (fields.part('copy-status').textContent = 'Copy failed: select the code and copy it by hand.'),
    );
  });
  await applyTarget(readTarget());
  return { reproduce };
}
