import type { OperationModel } from '../../lib/openapi/model.ts';
import type { SnippetRequest } from '../../lib/snippets/snippet-request.ts';
import { isLoopbackUrl, sendToApp } from './app-target.ts';
import { checkAgainstContract } from './check-against-contract.ts';
import { renderContractCheck } from './contract-check-view.ts';
import { currentBaseUrl } from './current-request.ts';
import type { Diagnosis } from './diagnose.ts';
import { diagnoseResponse } from './diagnose-response.ts';
import { markPhase } from './mark-phase.ts';
import type { PanelContext } from './panel-context.ts';
import { renderDiagnosis, renderExchange, statusText } from './response-view.ts';
import { sendRequest, type Exchange } from './send-request.ts';
import { setHidden, setText } from './set-text.ts';

const TIMEOUT_MS = 10_000;

/** What one send produced, for whoever records it (the history). */
export interface SentExchange {
  request: SnippetRequest;
  target: 'mock' | 'app';
  exchange: Exchange;
}

/**
 * Sends `request` to the panel's current target and shows the outcome: who answered, the
 * response or why there was none, and whether the answer matches `operation`'s contract (the
 * panel's own operation unless told otherwise). Resolves to undefined when nothing was sent.
 */
export async function sendFromPanel(
  context: PanelContext,
  request: SnippetRequest,
  operation: OperationModel = context.operation,
): Promise<SentExchange | undefined> {
  const { fields, store, view } = context;
  const status = fields.part('status');
  const target = fields.target();
  const baseUrl = currentBaseUrl(context);
  const cancel = new AbortController();
  store.update({ inFlight: cancel });
  setText(status, 'Sending…');
  try {
    let exchange: Exchange;
    let diagnosis: Diagnosis | undefined;
    let answeredBy: string;
    if (target === 'app') {
      if (!isLoopbackUrl(baseUrl)) {
        renderContractCheck(view.contractCheck, undefined, { operation, status: 0, target });
        renderDiagnosis(view.diagnosis, {
          tone: 'danger',
          title: 'The base URL must point to this computer',
          details: [
            'Use http://127.0.0.1:<port>/api/v1 (the Local API listens on 127.0.0.1 only). Your token is never sent anywhere else.',
          ],
        });
        setHidden(view.section, false);
        setText(status, 'Not sent: the base URL is not on this computer.');
        return undefined;
      }
      ({ exchange, diagnosis } = await sendToApp(request, {
        baseUrl,
        timeoutMs: TIMEOUT_MS,
        cancel: cancel.signal,
      }));
      answeredBy = `Answered by your SessionDock at ${baseUrl}`;
    } else {
      const mock = await context.mock.get();
      exchange = await sendRequest(request, {
        fetch: mock.fetch,
        timeoutMs: TIMEOUT_MS,
        cancel: cancel.signal,
      });
      answeredBy = `Answered by the mock in this page (simulated app in ${mock.store.read().flags.effectiveMode} mode)`;
    }
    if (exchange.kind === 'response')
      diagnosis = diagnoseResponse(operation, exchange.status, exchange.bodyText);
    if (exchange.kind === 'failure')
      answeredBy = target === 'app' ? `No answer from ${baseUrl}` : 'No answer from the mock';
    renderExchange(view, exchange, answeredBy, diagnosis);
    store.update({ lastExchange: exchange });
    markPhase('rendered');
    const verdict =
      exchange.kind === 'response'
        ? checkAgainstContract(operation, exchange.status, exchange.contentType, exchange.bodyText)
        : undefined;
    renderContractCheck(view.contractCheck, verdict, {
      operation,
      status: exchange.kind === 'response' ? exchange.status : 0,
      target,
    });
    markPhase('checked');
    setText(
      status,
      exchange.kind === 'response'
        ? `${statusText(exchange.status, exchange.statusText)} in ${exchange.durationMs} ms.`
        : (diagnosis?.title ?? 'No response.'),
    );
    markPhase('shown');
    return { request, target, exchange };
  } finally {
    store.update({ inFlight: undefined });
  }
}
