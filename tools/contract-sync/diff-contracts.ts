import type { ApiModel, OperationModel } from '../../src/lib/openapi/model.ts';
import type { Finding } from './compare-examples.ts';
import { compareOperation } from './compare-operation.ts';
import type { MarkVerdict } from './mark-verdict.ts';
import { fullPath, matchOperations } from './match-operations.ts';
import { settleMarks } from './settle-marks.ts';

/** An operation named for a report: its id, method and full path. */
export interface OperationRef {
  id: string;
  method: string;
  path: string;
}

/** An operation both documents have, and what differs in it. */
export interface OperationChange {
  ours: OperationRef;
  findings: Finding[];
}

/** Everything that differs between our contract and the app's document. */
export interface ContractDiff {
  /** Operations only the app's document has. */
  added: OperationRef[];
  /** Operations only our contract has. */
  removed: OperationRef[];
  changed: OperationChange[];
  /** Our `x-unverified` marks, each with what the app's document makes of it. */
  marks: MarkVerdict[];
  /** True when nothing was added, removed or changed (the marks do not count). */
  identical: boolean;
}

/** Compares our contract's model with the app's document's model, operation by operation. */
export function diffContracts(ours: ApiModel, theirs: ApiModel): ContractDiff {
  const pairs = matchOperations(ours, theirs);
  const added: OperationRef[] = [];
  const removed: OperationRef[] = [];
  const changed: OperationChange[] = [];
  for (const pair of pairs) {
    if (pair.ours && pair.theirs) {
      const findings = compareOperation(pair.ours, pair.theirs);
      if (findings.length > 0) changed.push({ ours: toRef(pair.ours), findings });
    } else if (pair.theirs) added.push(toRef(pair.theirs));
    else if (pair.ours) removed.push(toRef(pair.ours));
  }
  return {
    added,
    removed,
    changed,
    marks: settleMarks(pairs),
    identical: added.length === 0 && removed.length === 0 && changed.length === 0,
  };
}

function toRef(operation: OperationModel): OperationRef {
  return { id: operation.id, method: operation.method.toUpperCase(), path: fullPath(operation) };
}
