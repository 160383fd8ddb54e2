import type { OperationModel } from '../../lib/openapi/model.ts';
import { responseAnchor } from '../../lib/reference/routes.ts';
import type { ContractVerdict } from './check-against-contract.ts';
import { copyText } from './copy-text.ts';
import { describeDifference, summarizeVerdict } from './describe-verdict.ts';
import { setHidden } from './set-text.ts';

/** What the view needs to know beside the verdict. */
export interface VerdictContext {
  operation: OperationModel;
  status: number;
  /** Who answered: for the reader's own app, a difference is a disagreement worth reporting. */
  target: 'mock' | 'app';
}

/** A sentence with `code` spans turned into <code> elements, as text nodes only. */
function withCode(sentence: string): Node[] {
  return sentence.split(/`([^`]*)`/).map((part, index) => {
    if (index % 2 === 0) return document.createTextNode(part);
    const code = document.createElement('code');
    code.textContent = part;
    return code;
  });
}

/** The report a reader can paste wherever they raise it: operation, status, each difference. */
export function toReport(verdict: ContractVerdict, context: VerdictContext): string {
  const { operation, status } = context;
  return [
    `${operation.method.toUpperCase()} ${operation.path} (${operation.id}) answered ${status}.`,
    summarizeVerdict(operation, status, verdict).text,
    ...verdict.differences.map((difference) => `- ${describeDifference(difference)}`),
  ].join('\n');
}

/**
 * Shows under a response whether it matches the contract, one line, then each difference. For
 * the reader's app it adds where the docs describe the response and a report to copy.
 */
export function renderContractCheck(
  target: HTMLElement,
  verdict: ContractVerdict | undefined,
  context: VerdictContext,
): void {
  // The same verdict as the one shown (the usual case when sending again) changes nothing.
  const key = JSON.stringify([verdict, context.operation.id, context.status, context.target]);
  if (target.dataset.shown === key) return;
  target.dataset.shown = key;
  if (target.firstChild) target.replaceChildren();
  setHidden(target, verdict === undefined);
  if (!verdict) return;
  const summary = summarizeVerdict(context.operation, context.status, verdict);
  target.dataset.tone = summary.tone;
  const line = document.createElement('p');
  line.className = 'try-it-contract-summary';
  line.textContent = summary.text;
  target.append(line);
  if (verdict.differences.length > 0) {
    const list = document.createElement('ul');
    for (const difference of verdict.differences) {
      const item = document.createElement('li');
      item.append(...withCode(describeDifference(difference)));
      list.append(item);
    }
    target.append(list);
  }
  if (
    context.target !== 'app' ||
    (verdict.documentedAs !== undefined && verdict.differences.length === 0)
  )
    return;
  const actions = document.createElement('p');
  actions.className = 'try-it-row';
  actions.append('Your SessionDock and these docs disagree here.');
  if (verdict.documentedAs) {
    const link = document.createElement('a');
    link.href = `#${responseAnchor(verdict.documentedAs)}`;
    link.textContent = `See the documented ${verdict.documentedAs}`;
    actions.append(link);
  }
  const copy = document.createElement('button');
  copy.type = 'button';
  copy.textContent = 'Copy a report of the differences';
  const copyStatus = document.createElement('span');
  copyStatus.setAttribute('role', 'status');
  copy.addEventListener('click', () =>
    copyText(
      toReport(verdict, context),
      copyStatus,
      'Report copied: paste it where you report docs issues.',
      'the lines above',
    ),
  );
  actions.append(copy, copyStatus);
  target.append(actions);
}
