import type { SnippetRequest } from '../../lib/snippets/snippet-request.ts';
import type { PanelContext } from './panel-context.ts';
import { buildPanelRequest } from './panel-request.ts';

/** The base URL requests go to: the documented one for the mock, the reader's for their app. */
export function currentBaseUrl(context: PanelContext): string {
  const { fields } = context;
  return fields.target() === 'mock' ? context.documentedBase : fields.input('baseUrl').value.trim();
}

/** The token of the current target: the sandbox token field for the mock, the reader's own for their app. */
export function currentToken(context: PanelContext): string {
  const { fields } = context;
  return fields.target() === 'mock'
    ? fields.input('mockToken').value.trim()
    : context.appTokens.get();
}

/** The request the form describes now: what Send sends and the snippets show. */
export function currentRequest(context: PanelContext): SnippetRequest {
  const { fields } = context;
  return buildPanelRequest(context.operation, {
    baseUrl: currentBaseUrl(context),
    token: currentToken(context),
    values: fields.parameterValues(),
    body: fields.body()?.value,
    prefer: context.store.read().prefer,
  });
}
