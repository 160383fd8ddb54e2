import type { PanelContext } from './panel-context.ts';
import { refreshPanel } from './refresh-panel.ts';
import { saveTarget, type Target } from './target-choice.ts';

/** Switches the panel to a target, remembers it for the visit, and loads the mock if needed. */
export async function applyTarget(context: PanelContext, target: Target): Promise<void> {
  context.fields.setTarget(target);
  saveTarget(target);
  if (target === 'mock') await context.mock.get();
  refreshPanel(context);
}
