import type { ContractDiff, OperationRef } from './diff-contracts.ts';
import type { MarkVerdict, Verdict } from './mark-verdict.ts';

/** Where the two documents came from, for the report's heading. */
export interface DiffSources {
  ours: string;
  theirs: string;
}

const VERDICT_ORDER: Verdict[] = ['settled', 'differs', 'open'];

/**
 * The difference as plain text for a terminal: operations added and removed, each changed
 * operation with one line per difference, then the `x-unverified` marks the app's document
 * settles or contradicts (open ones only counted unless `allMarks`), then a summary line.
 */
export function formatDiff(
  diff: ContractDiff,
  sources: DiffSources,
  options: { allMarks?: boolean } = {},
): string {
  const lines = [`Contract sync: ${sources.ours} (ours) against ${sources.theirs} (app)`, ''];
  if (diff.identical)
    lines.push(
      "No differences: the app's document has the same operations, parameters, schemas, statuses and examples.",
      '',
    );
  if (diff.added.length > 0) {
    lines.push(
      "Operations only in the app's document (added):",
      ...diff.added.map((ref) => `  + ${describe(ref)}`),
      '',
    );
  }
  if (diff.removed.length > 0) {
    lines.push(
      "Operations only in our contract (missing from the app's document):",
      ...diff.removed.map((ref) => `  - ${describe(ref)}`),
      '',
    );
  }
  if (diff.changed.length > 0) {
    lines.push('Changed operations:');
    for (const change of diff.changed) {
      lines.push(
        `  ${describe(change.ours)}`,
        ...change.findings.map((finding) => `    ~ ${finding.where}: ${finding.what}`),
      );
    }
    lines.push('');
  }
  lines.push(...formatMarks(diff.marks, options.allMarks === true));
  lines.push(summaryLine(diff));
  return `${lines.join('\n')}\n`;
}

function formatMarks(marks: MarkVerdict[], all: boolean): string[] {
  if (marks.length === 0) return [];
  const lines = ['x-unverified marks in our contract:'];
  for (const verdict of VERDICT_ORDER) {
    const group = marks.filter((mark) => mark.verdict === verdict);
    if (verdict === 'open' && !all) {
      if (group.length > 0)
        lines.push(
          `  open      ${group.length} mark(s) the app's document neither confirms nor contradicts (--all-marks lists them)`,
        );
      continue;
    }
    for (const mark of group) {
      const also = mark.alsoAt > 0 ? ` (and ${mark.alsoAt} more place(s))` : '';
      lines.push(
        `  ${verdict.padEnd(8)}  ${mark.location}${also}: ${mark.detail}`,
        `            "${mark.text}"`,
      );
    }
  }
  return [...lines, ''];
}

/** One line: counts of operations added, removed and changed, and of marks by verdict. */
export function summaryLine(diff: ContractDiff): string {
  const count = (verdict: Verdict) => diff.marks.filter((mark) => mark.verdict === verdict).length;
  const findings = diff.changed.reduce((total, change) => total + change.findings.length, 0);
  return (
    `Summary: ${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed operation(s)` +
    ` (${findings} difference(s)); x-unverified marks: ${count('settled')} settled, ${count('differs')} differ, ${count('open')} open.`
  );
}

function describe(ref: OperationRef): string {
  return `${ref.id}  ${ref.method} ${ref.path}`;
}
