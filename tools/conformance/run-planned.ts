import type { CheckResult } from './check-model.ts';
import type { Planned } from './plan-read-checks.ts';
import { sendCheck, type RunContext } from './send-check.ts';

/** Sends planned checks one after the other (their order matters for writes) and records each result. */
export async function runPlanned(
  planned: Planned[],
  context: RunContext,
  record: (result: CheckResult) => void,
): Promise<void> {
  for (const item of planned)
    record('request' in item ? (await sendCheck(item, context)).result : item);
}
