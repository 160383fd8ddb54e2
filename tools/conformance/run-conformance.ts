import type { ApiModel } from '../../src/lib/openapi/model.ts';
import type { CheckResult } from './check-model.ts';
import { serviceOutcomes, successOutcomes } from './expected-outcomes.ts';
import { findListOperation, pickSubject } from './find-subject.ts';
import { planReadChecks, requestFor, type Planned } from './plan-read-checks.ts';
import { planMalformedBodyChecks } from './plan-write-checks.ts';
import { assertWritesAllowed, findHealthOperation, preflight, type AppModes } from './preflight.ts';
import { runPlanned } from './run-planned.ts';
import { runScratchWrites } from './run-scratch-writes.ts';
import type { FetchLike } from '../command-environment.ts';
import { sendCheck, type RunContext } from './send-check.ts';

/** What a run needs: where the app is, its token, the contract's model, and whether it may write. */
export interface ConformanceOptions {
  baseUrl: string;
  token: string;
  model: ApiModel;
  allowWrites: boolean;
  fetch: FetchLike;
  /** Called with each result as soon as it is known (the CLI prints it). */
  onResult?: ((result: CheckResult) => void) | undefined;
  /** For the scratch session's title. */
  now?: (() => Date) | undefined;
}

/** Counts of a run. */
export interface Summary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
}

/** Everything a run found, as the JSON report carries it. */
export interface ConformanceReport {
  baseUrl: string;
  contract: { title: string; version: string };
  app: AppModes;
  writes: boolean;
  startedAt: string;
  finishedAt: string;
  summary: Summary;
  checks: CheckResult[];
}

/**
 * Runs the conformance checks against a running SessionDock (or the sandbox): GET /health first
 * (stopping with a SetupError when the app is unreachable, the token is refused, or writes were
 * asked for in read-only mode), then every read check, the malformed-body checks, and, only
 * with `allowWrites`, the writes on a scratch session the run creates and deletes.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  const startedAt = new Date().toISOString();
  const context: RunContext = {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    token: options.token,
    fetch: options.fetch,
  };
  const results: CheckResult[] = [];
  const record = (result: CheckResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  const health = findHealthOperation(options.model);
  const { result: healthResult, modes } = await preflight(health, context);
  if (options.allowWrites) assertWritesAllowed(modes);
  record(healthResult);

  const list = findListOperation(options.model);
  const listRequest = list && requestFor(list, { values: {} }, 'required');
  let subject = pickSubject(undefined);
  if (list && typeof listRequest !== 'string' && listRequest) {
    const listed = await sendCheck(
      {
        operation: list,
        purpose: 'documented request',
        request: listRequest,
        expect: [...successOutcomes(list), ...serviceOutcomes(list)],
      },
      context,
    );
    record(listed.result);
    subject = pickSubject(listed.body);
  }
  // The health and list requests already ran above: plan everything else.
  const alreadyRun = (item: Planned) =>
    'request' in item &&
    item.purpose === 'documented request' &&
    (item.operation === health || item.operation === list);
  const planned = [
    ...planReadChecks(options.model, subject, health.id),
    ...planMalformedBodyChecks(options.model),
  ].filter((item) => !alreadyRun(item));
  await runPlanned(planned, context, record);
  if (options.allowWrites) {
    const title = `Docs conformance scratch, safe to delete (${(options.now ?? (() => new Date()))().toISOString()})`;
    await runScratchWrites(options.model, title, context, record);
  }
  return {
    baseUrl: context.baseUrl,
    contract: { title: options.model.title, version: options.model.version },
    app: modes,
    writes: options.allowWrites,
    startedAt,
    finishedAt: new Date().toISOString(),
    summary: summarize(results),
    checks: results,
  };
}

/** Counts results by outcome. */
export function summarize(results: CheckResult[]): Summary {
  const count = (outcome: CheckResult['outcome']) =>
    results.filter((result) => result.outcome === outcome).length;
  return {
    total: results.length,
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skip'),
  };
}
