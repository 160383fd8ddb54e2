import { applyTarget } from './apply-target.ts';
import type { PanelContext } from './panel-context.ts';
import { applyParameterValues, toEditorText } from './panel-fields.ts';
import { refreshPanel } from './refresh-panel.ts';

/** Sets the panel up so that Send produces the documented response `statusCode` (and example). */
export async function reproduceInPanel(
  context: PanelContext,
  statusCode: string,
  example?: string,
): Promise<void> {
  const { fields, operation } = context;
  const status = fields.part('status');
  fields.form.scrollIntoView({ block: 'start' });
  const mock = await context.mock.get();
  await applyTarget(context, 'mock');
  const reproduction = mock.reproduction(operation, statusCode, example);
  if (!reproduction) {
    status.textContent = `This operation documents no ${statusCode}${example ? ` (${example})` : ''} response.`;
    return;
  }
  mock.prepare(reproduction);
  applyParameterValues(fields, operation, reproduction.pathParams, reproduction.query);
  const body = fields.body();
  if (body && reproduction.body !== undefined) body.value = toEditorText(reproduction.body);
  fields.input('mockToken').value = mock.tokenFor(reproduction.token);
  context.store.update({ prefer: reproduction.prefer });
  refreshPanel(context);
  fields.button('submit').focus();
  status.textContent = `Ready to reproduce ${statusCode}: ${reproduction.summary} Press Send.`;
}
