import { afterPaint } from './after-paint.ts';
import { readInputs } from './apply-inputs.ts';
import { applyTarget } from './apply-target.ts';
import { copyText } from './copy-text.ts';
import { copyShareLink } from './fill-from-link.ts';
import { formatSize } from './format-size.ts';
import { markPhase } from './mark-phase.ts';
import { recordInHistory } from './panel-history.ts';
import { currentBaseUrl, currentRequest } from './current-request.ts';
import type { PanelContext } from './panel-context.ts';
import { refreshPanel } from './refresh-panel.ts';
import { sendFromPanel } from './send-from-panel.ts';
import { saveBaseUrl } from './target-choice.ts';

/** Wires the form's inputs, Send, Cancel and the token and mock buttons to the panel's functions. */
export function bindPanelEvents(context: PanelContext): void {
  const { fields, store, appTokens } = context;
  const status = fields.part('status');
  store.subscribe((state) => {
    fields.button('submit').disabled = state.inFlight !== undefined;
    fields.button('cancel').disabled = state.inFlight === undefined;
  });
  fields.form.addEventListener('input', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'appToken') appTokens.set(target.value.trim());
    if (target.name === 'baseUrl') saveBaseUrl(target.value.trim());
    if (target.name.startsWith('param:') || target.name === 'body')
      store.update({ prefer: undefined });
    refreshPanel(context);
  });
  fields.form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === 'target')
      void applyTarget(context, target.value === 'app' ? 'app' : 'mock');
    if (target.name === 'rememberToken') appTokens.setRemembered(target.checked);
    refreshPanel(context);
  });
  const send = () => {
    markPhase('send');
    const inputs = readInputs(fields);
    const baseUrl = currentBaseUrl(context);
    void sendFromPanel(context, currentRequest(context)).then((sent) => {
      if (sent)
        afterPaint(() => recordInHistory(context, sent, context.operation, inputs, baseUrl));
    });
  };
  // Send (a click, or Enter in a field, which clicks it) sends without submitting the form: the
  // browser's form submission, with its autofill and password manager reading every field, cost
  // about 2 ms of each send, and the app's token is not a password for the browser to keep.
  fields.button('submit').addEventListener('click', (event) => {
    event.preventDefault();
    send();
  });
  fields.form.addEventListener('submit', (event) => {
    event.preventDefault();
    send();
  });
  fields.button('cancel').addEventListener('click', () => store.read().inFlight?.abort());
  fields.button('forget-token').addEventListener('click', () => {
    appTokens.forget();
    fields.input('appToken').value = '';
    fields.input('rememberToken').checked = false;
    status.textContent = 'Token forgotten.';
    refreshPanel(context);
  });
  fields.button('check-connection').addEventListener('click', () => {
    const token = appTokens.get();
    const health = context.model.operations.find(
      (operation) => operation.method === 'get' && operation.path === '/health',
    );
    const baseUrl = currentBaseUrl(context);
    void sendFromPanel(
      context,
      {
        method: 'GET',
        url: `${baseUrl.replace(/\/+$/, '')}/health`,
        headers: token ? [['Authorization', `Bearer ${token}`]] : [],
      },
      health,
    ).then((sent) => {
      if (sent && health)
        afterPaint(() => recordInHistory(context, sent, health, { values: {} }, baseUrl));
    });
  });
  fields.button('reset-mock').addEventListener('click', () => {
    context.mock.loaded()?.store.reset();
    status.textContent = 'The simulated library is back to its starting sessions.';
  });
  fields.button('copy-snippet').addEventListener('click', () => {
    copyText(context.snippets.current(), fields.part('copy-status'), 'Copied.', 'the code');
  });
  fields.button('copy-link').addEventListener('click', () => copyShareLink(context));
  fields.button('copy-body').addEventListener('click', () => {
    const exchange = store.read().lastExchange;
    if (exchange?.kind !== 'response' || exchange.bodyText === undefined) return;
    copyText(
      exchange.bodyText,
      fields.part('copy-body-status'),
      `Copied the body (${formatSize(exchange.bytes.length)}).`,
      'the body',
    );
  });
}
