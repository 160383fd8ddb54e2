import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { skipped, type CheckResult } from './check-model.ts';
import { isRead } from './plan-read-checks.ts';
import {
  findScratchOperations,
  planScratchChecks,
  planScratchCleanup,
  planScratchCreate,
} from './plan-write-checks.ts';
import { runPlanned } from './run-planned.ts';
import { sendCheck, type RunContext } from './send-check.ts';

/**
 * The writes of an --allow-writes run: creates a scratch session, runs every write that names a
 * session on it alone, then deletes it (also when a check in between fails) and checks it is
 * gone. The reader's own sessions are never addressed: the only ids written to are the one the
 * create answer returned and an id no library holds.
 */
export async function runScratchWrites(
  model: ApiModel,
  title: string,
  context: RunContext,
  record: (result: CheckResult) => void,
): Promise<void> {
  const scratch = findScratchOperations(model);
  if (!scratch) return;
  const created = await sendCheck(planScratchCreate(scratch, title), context);
  record(created.result);
  const id = (created.body as { data?: { id?: unknown } } | undefined)?.data?.id;
  if (created.result.outcome === 'fail' || typeof id !== 'string') {
    const reason = 'no scratch session: creating it failed, so no write ran';
    for (const operation of model.operations.filter(
      (candidate) => !isRead(candidate) && candidate !== scratch.create,
    )) {
      record(skipped(operation, 'write on scratch session', reason));
    }
    // A session that was created despite a failed check is still removed.
    if (typeof id === 'string') await runPlanned(planScratchCleanup(scratch, id), context, record);
    return;
  }
  try {
    await runPlanned(planScratchChecks(model, scratch, id), context, record);
  } finally {
    await runPlanned(planScratchCleanup(scratch, id), context, record);
  }
}
