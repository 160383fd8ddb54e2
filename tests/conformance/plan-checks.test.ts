import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PlannedCheck } from '../../tools/conformance/check-model.ts';
import { pickSubject } from '../../tools/conformance/find-subject.ts';
import {
  isRead,
  planReadChecks,
  UNKNOWN_ID,
  type Planned,
} from '../../tools/conformance/plan-read-checks.ts';
import {
  findScratchOperations,
  MALFORMED_BODY,
  planMalformedBodyChecks,
  planScratchChecks,
} from '../../tools/conformance/plan-write-checks.ts';
import { model } from '../mock/support/mock-harness.ts';

const isCheck = (item: Planned): item is PlannedCheck => 'request' in item;

describe('pickSubject', () => {
  const CASES: Array<
    [string, { body: unknown; want: { id?: string; variantId?: string }; reason?: RegExp }]
  > = [
    [
      'takes the first session with a preview, and its preferred variant',
      {
        body: {
          data: [
            { id: 'a', previews: [] },
            { id: 'b', preferredPreviewId: 'v2', previews: [{ id: 'v1' }, { id: 'v2' }] },
          ],
        },
        want: { id: 'b', variantId: 'v2' },
      },
    ],
    [
      'falls back to the first variant when the preferred one is not listed',
      {
        body: { data: [{ id: 'b', preferredPreviewId: 'gone', previews: [{ id: 'v1' }] }] },
        want: { id: 'b', variantId: 'v1' },
      },
    ],
    [
      'takes the first session when none has a preview, and says so',
      {
        body: { data: [{ id: 'a', previews: [] }] },
        want: { id: 'a' },
        reason: /no session .* has a preview/,
      },
    ],
    [
      'has no session for an empty library',
      { body: { data: [] }, want: {}, reason: /the library has no sessions/ },
    ],
    [
      'has no session when the list cannot be read',
      { body: { error: {} }, want: {}, reason: /could not be read/ },
    ],
  ];
  for (const [name, { body, want, reason }] of CASES) {
    it(name, () => {
      const subject = pickSubject(body);
      assert.deepEqual(JSON.parse(JSON.stringify(subject.values)), want);
      if (reason) assert.match(subject.reason ?? '', reason);
    });
  }
});

describe('the safe plan', () => {
  it('skips the documented requests that need a session when the library is empty, but still checks 401 and 404', () => {
    const planned = planReadChecks(model, pickSubject({ data: [] }), 'getHealth');
    const getSession = planned.filter(
      (item) => (isCheck(item) ? item.operation.id : item.operation) === 'getSession',
    );
    assert.deepEqual(
      getSession.map((item) => `${item.purpose}:${isCheck(item) ? 'planned' : 'skip'}`),
      ['documented request:skip', 'no token:planned', 'unknown id:planned'],
    );
  });

  it('plans reads only, plus malformed bodies on an unknown id to every write that documents invalid_json', () => {
    const reads = planReadChecks(
      model,
      pickSubject({ data: [{ id: 's', previews: [{ id: 'p' }] }] }),
      'getHealth',
    ).filter(isCheck);
    assert.ok(reads.every((check) => isRead(check.operation) && check.request.body === undefined));
    const malformed = planMalformedBodyChecks(model).filter(isCheck);
    const withBody = model.operations
      .filter((operation) => !isRead(operation) && operation.requestBody)
      .map((operation) => operation.id);
    assert.deepEqual(
      malformed.map((check) => check.operation.id),
      withBody,
    );
    for (const check of malformed) {
      assert.equal(check.request.body, MALFORMED_BODY);
      assert.throws(() => JSON.parse(check.request.body ?? ''));
      assert.ok(
        !check.request.path.includes('{') &&
          (check.request.path.includes(UNKNOWN_ID) || !check.request.path.includes('/sessions/')),
      );
      assert.deepEqual(check.expect, [{ status: 400, code: 'invalid_json' }]);
    }
  });
});

describe('the writes plan', () => {
  const scratch = findScratchOperations(model);

  it('finds the create, delete and read operations of the scratch session', () => {
    assert.deepEqual(
      [scratch?.create.id, scratch?.remove.id, scratch?.read?.id],
      ['createSession', 'deleteSession', 'getSession'],
    );
  });

  it('addresses only the scratch session or an unknown id, and leaves out writes that name no session', () => {
    const planned = planScratchChecks(model, scratch!, 'scratch_1');
    const ids = planned.filter(isCheck).map((check) => check.request.path.split('/')[2]);
    assert.deepEqual([...new Set(ids)].sort(), ['scratch_1', UNKNOWN_ID].sort());
    const notRun = planned.filter((item) => !isCheck(item)).map((item) => item.operation);
    assert.deepEqual(notRun, ['createImport']);
  });
});
