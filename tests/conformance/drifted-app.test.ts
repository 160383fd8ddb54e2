/**
 * Against a deliberately drifted app (tests/fixtures/conformance/drifted-sandbox.ts) the run
 * fails, and each failure names the operation and the contract's schema path.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CheckResult } from '../../tools/conformance/check-model.ts';
import { runConformance, type ConformanceReport } from '../../tools/conformance/run-conformance.ts';
import {
  startDriftedSandbox,
  type DriftedSandbox,
} from '../fixtures/conformance/drifted-sandbox.ts';

let app: DriftedSandbox;
let report: ConformanceReport;

before(async () => {
  app = await startDriftedSandbox();
  report = await runConformance({
    baseUrl: app.baseUrl,
    token: app.token,
    model: app.model,
    allowWrites: false,
    fetch: (input, init) => fetch(input, init),
  });
});
after(() => app.stop());

function failed(operation: string, purpose: string): CheckResult {
  const found = report.checks.find(
    (check) => check.operation === operation && check.purpose === purpose,
  );
  assert.ok(found, `no ${operation} ${purpose} check`);
  assert.equal(found.outcome, 'fail', `${operation} ${purpose} passed`);
  return found;
}

/** [drift, operation, purpose, a problem message and the schema path it must name]. */
const CASES: Array<
  [string, { operation: string; purpose: string; message: RegExp; schemaPath?: string }]
> = [
  [
    'a field of the wrong type',
    {
      operation: 'getSessionTags',
      purpose: 'documented request',
      message: /^body\/data\/tags must be array$/,
      schemaPath:
        '#/paths/~1sessions~1{id}~1tags/get/responses/200/content/application~1json/schema/properties/data/properties/tags/type',
    },
  ],
  [
    'an undocumented status',
    {
      operation: 'listTags',
      purpose: 'documented request',
      message: /^500 is not documented for listTags \(documents 200, 401\)$/,
      schemaPath: '#/paths/~1tags/get/responses',
    },
  ],
  [
    'a missing envelope field, against the schema',
    {
      operation: 'getSessionPreview',
      purpose: 'unknown id',
      message: /^body\/error must have required property 'message'$/,
      schemaPath:
        '#/paths/~1sessions~1{id}~1preview/get/responses/404/content/application~1json/schema/properties/error/required',
    },
  ],
  [
    'a missing envelope field, against the published envelope',
    {
      operation: 'getSessionPreview',
      purpose: 'unknown id',
      message: /^error envelope: error\.message is missing$/,
    },
  ],
];

describe('a drifted app', () => {
  for (const [drift, { operation, purpose, message, schemaPath }] of CASES) {
    it(`fails on ${drift}, naming ${operation} and the schema path`, () => {
      const check = failed(operation, purpose);
      const problem = check.problems.find((candidate) => message.test(candidate.message));
      assert.ok(problem, `no problem matching ${message} in ${JSON.stringify(check.problems)}`);
      assert.equal(problem.schemaPath, schemaPath);
    });
  }

  it('fails the run and lists exactly the drifted checks', () => {
    assert.ok(report.summary.failed > 0);
    const failing = report.checks
      .filter((check) => check.outcome === 'fail')
      .map((check) => `${check.operation} ${check.purpose}`);
    assert.deepEqual(failing.sort(), [
      'getSessionPreview unknown id',
      'getSessionTags documented request',
      'listTags documented request',
    ]);
  });

  it('still passes the answers that did not drift', () => {
    assert.equal(
      report.checks.find(
        (check) => check.operation === 'getHealth' && check.purpose === 'documented request',
      )?.outcome,
      'pass',
    );
    assert.equal(
      report.checks.find((check) => check.operation === 'listTags' && check.purpose === 'no token')
        ?.outcome,
      'pass',
    );
  });
});
