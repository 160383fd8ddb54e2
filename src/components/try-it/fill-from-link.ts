import { applyInputs, readInputs } from './apply-inputs.ts';
import { applyTarget } from './apply-target.ts';
import { copyText } from './copy-text.ts';
import { describeApplied, showNotice } from './keep-inputs.ts';
import type { PanelContext } from './panel-context.ts';
import { refreshPanel } from './refresh-panel.ts';
import { readShareFragment, toShareUrl } from './share-link.ts';

/**
 * Fills the panel from a shared request in the page's fragment, if there is one: the values the
 * operation still has, the mock selected for a shared link (a link never chooses the reader's
 * app), and a notice of what was filled and dropped. Sends nothing.
 */
export async function fillFromLink(context: PanelContext, hash: string): Promise<void> {
  const read = readShareFragment(hash);
  if (!read) return;
  context.fields.form.scrollIntoView({ block: 'start' });
  if ('problem' in read) {
    showNotice(context, [read.problem]);
    return;
  }
  // The link is the whole request: start from the page's own inputs, not what this tab had typed.
  applyInputs(context.fields, context.operation, context.pageInputs);
  const applied = applyInputs(context.fields, context.operation, read.inputs);
  // Drop the fragment, so a reload keeps the reader's edits rather than filling the link again.
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  context.store.update({ prefer: undefined });
  if (read.from === 'link') await applyTarget(context, 'mock');
  const ignored =
    read.ignored.length > 0
      ? [
          `Not used: ${read.ignored.map((name) => `\`${name}\``).join(', ')} (a link sets only parameters, the body and the example).`,
        ]
      : [];
  showNotice(context, [
    read.from === 'link'
      ? 'Filled from a shared link. Nothing has been sent: check the values, then press Send (to the mock in this page).'
      : 'Filled from your history. Nothing has been sent: press Send to send it again.',
    ...describeApplied(applied),
    ...ignored,
  ]);
  refreshPanel(context);
}

/** Copies a link to the operation page that fills the panel with the current inputs (never the token). */
export function copyShareLink(context: PanelContext): void {
  const status = context.fields.part('copy-status');
  const made = toShareUrl(location.href, readInputs(context.fields));
  if ('problem' in made) {
    status.textContent = made.problem;
    return;
  }
  copyText(
    made.url,
    status,
    'Link copied: it carries the parameters and the body, never your token or base URL.',
    'the address',
  );
}
