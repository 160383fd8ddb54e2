import type { CheckResult } from './check-model.ts';
import type { ConformanceReport } from './run-conformance.ts';

const LABEL = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

/** The report's opening lines: what is checked against what, and the mode the app reported. */
export function formatHeading(baseUrl: string, contract: string, allowWrites: boolean): string {
  const writes = allowWrites
    ? 'Writes: on, on a scratch session this run creates and deletes.'
    : 'Writes: off (safe checks only; --allow-writes adds writes on a scratch session).';
  return `SessionDock conformance: ${baseUrl} against ${contract}\n${writes}\n\n`;
}

/**
 * One check as report lines: `PASS operation  purpose  sent → received`, then for a failure each
 * problem (an unexpected status among them) with the contract's schema path, and any note.
 */
export function formatResult(result: CheckResult): string {
  const head = `${LABEL[result.outcome]}  ${result.operation.padEnd(27)} ${result.purpose.padEnd(25)}`;
  if (result.outcome === 'skip') return `${head} ${result.note ?? ''}\n`;
  const lines = [`${head} ${result.sent} → ${result.received}`];
  if (result.outcome === 'fail') {
    for (const problem of result.problems)
      lines.push(
        `      ✗ ${problem.message}${problem.schemaPath ? `  [schema ${problem.schemaPath}]` : ''}`,
      );
  }
  if (result.note) lines.push(`      note: ${result.note}`);
  return `${lines.join('\n')}\n`;
}

/** The closing lines: the app's modes, the counts, and which checks failed. */
export function formatSummary(report: ConformanceReport): string {
  const { summary, app } = report;
  const lines = [
    '',
    `App: configured mode ${app.configuredMode ?? 'not reported'}, effective mode ${app.effectiveMode ?? 'not reported'}. Contract: ${report.contract.title} ${report.contract.version}.`,
    `Summary: ${summary.total} checks, ${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped.`,
  ];
  const failed = report.checks.filter((check) => check.outcome === 'fail');
  if (failed.length > 0)
    lines.push(
      `Failed: ${failed.map((check) => `${check.operation} (${check.purpose})`).join(', ')}.`,
    );
  else lines.push('The app answers as the contract describes.');
  return `${lines.join('\n')}\n`;
}
