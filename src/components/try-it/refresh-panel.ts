import { checkBody } from './body-check.ts';
import { currentRequest, currentToken } from './current-request.ts';
import { rememberInputs } from './keep-inputs.ts';
import type { PanelContext } from './panel-context.ts';

/** Brings the code samples and the body check in line with the form, and keeps the inputs for the visit. */
export function refreshPanel(context: PanelContext): void {
  const { fields, operation } = context;
  const token = currentToken(context);
  // In Mock mode a deliberately wrong token is not a secret, and the copied command needs it.
  const isMockWrongToken =
    fields.target() === 'mock' && token === context.mock.loaded()?.tokenFor('wrong');
  const reveal = fields.input('revealToken').checked || isMockWrongToken;
  context.snippets.show(currentRequest(context), reveal && token ? token : undefined);
  rememberInputs(context);
  const body = fields.body();
  if (!body) return;
  const verdict = checkBody(body.value, operation.requestBody?.content[0]?.schema);
  const check = fields.part('body-check');
  check.textContent = verdict.ok
    ? 'The body matches the request schema.'
    : `${verdict.problem} (You can still send it to see the error.)`;
  check.dataset.ok = String(verdict.ok);
}
