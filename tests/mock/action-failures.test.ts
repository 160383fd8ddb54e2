/**
 * Adding an action failure to the contract needs no other edit: a fixture contract with a new
 * operation whose 400 documents `close_failed` gets its flag, its panel checkbox, its sandbox
 * option and help line, and its reproduction.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse, stringify } from 'yaml';
import { siteConfig } from '../../site.config.ts';
import { createDefaultFlags, toFlagChange } from '../../mocks/app/mock-flags.ts';
import { createSeedState } from '../../mocks/app/create-seed-state.ts';
import { createMockStore } from '../../mocks/app/mock-store.ts';
import { createHandlers } from '../../mocks/handlers/create-handlers.ts';
import { createMockFetch } from '../../mocks/handlers/create-mock-fetch.ts';
import { describeFailureOptions } from '../../mocks/node/failure-options.ts';
import { parseSandboxOptions } from '../../mocks/node/sandbox-options.ts';
import { toStartFlags } from '../../mocks/node/to-start-flags.ts';
import { toReproductionRequest } from '../../mocks/reproduction/reproduction-request.ts';
import { reproductionFor } from '../../mocks/reproduction/reproductions.ts';
import { listFailureCodes, listServiceCodes } from '../../mocks/selection/service-codes.ts';
import { listFailureSwitches } from '../../src/components/try-it/mock-controls.ts';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';

const contract = parse(readFileSync(siteConfig.contractPath, 'utf8')) as {
  paths: Record<string, unknown>;
};
const focus = (contract.paths['/sessions/{id}/focus'] as { post: Record<string, unknown> }).post;
const focusResponses = focus.responses as Record<string, unknown>;
// A copy of focusSession that closes the session and documents its own action failure.
contract.paths['/sessions/{id}/close'] = {
  post: {
    ...focus,
    operationId: 'closeSession',
    summary: 'Close the session in its DAW',
    responses: {
      ...focusResponses,
      '400': {
        description: 'Close action failed.',
        content: {
          'application/json': {
            schema: { $ref: '#/components/schemas/ErrorEnvelope' },
            examples: {
              close_failed: {
                summary: 'The DAW refused to close',
                value: {
                  error: {
                    status: 400,
                    code: 'close_failed',
                    message: 'The DAW has unsaved changes.',
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};
const model = await loadContract(stringify(contract), siteConfig.contractPath);
const close = model.operations.find((operation) => operation.id === 'closeSession');

test('finds the new action failure in the contract', () => {
  assert.deepEqual(listFailureCodes(model), ['open_failed', 'focus_failed', 'close_failed']);
});

test('gives the new action failure a flag that starts off and can be switched on', () => {
  const flags = createDefaultFlags(model);
  assert.equal(flags.closeFails, false);
  assert.deepEqual(toFlagChange({ closeFails: true }, flags), { change: { closeFails: true } });
  assert.match(
    (toFlagChange({ shutFails: true }, flags) as { problem: string }).problem,
    /Flags: .*openFails, focusFails, closeFails\./,
  );
});

test('gives the new action failure a checkbox in the panel', () => {
  assert.deepEqual(listFailureSwitches(createDefaultFlags(model)), [
    { name: 'mock:openFails', label: 'open action fails' },
    { name: 'mock:focusFails', label: 'focus action fails' },
    { name: 'mock:closeFails', label: 'close action fails' },
  ]);
});

test('gives the new action failure a sandbox option, an environment variable and a help line', () => {
  const codes = listFailureCodes(model);
  const byOption = parseSandboxOptions(['--close-fails'], {}, 0, codes);
  assert.deepEqual(byOption.failing, ['close_failed']);
  assert.equal(toStartFlags(byOption, listServiceCodes(model)).closeFails, true);
  assert.deepEqual(parseSandboxOptions([], { SANDBOX_CLOSE_FAILS: '1' }, 0, codes).failing, [
    'close_failed',
  ]);
  assert.match(
    describeFailureOptions(model),
    /--close-fails +closeSession answers 400 close_failed \(env SANDBOX_CLOSE_FAILS=1\)/,
  );
});

test('reproduces the new action failure from the state, and the mock answers it', async () => {
  assert.ok(close);
  const reproduction = reproductionFor(close, '400', 'close_failed');
  assert.ok(reproduction);
  assert.deepEqual(reproduction.state, { closeFails: true });
  assert.equal(reproduction.prefer, undefined);
  const store = createMockStore({
    seed: (now) => createSeedState(model, now, reproduction.state),
    now: () => new Date('2026-11-20T12:00:00.000Z'),
  });
  const fetch = createMockFetch(createHandlers(model, store));
  const response = await fetch(
    toReproductionRequest(close, reproduction, model.servers[0]?.url ?? ''),
  );
  assert.equal(response.status, 400);
  assert.equal(response.headers.get('X-SessionDock-Mock'), 'action-fails');
  assert.equal(((await response.json()) as { error: { code: string } }).error.code, 'close_failed');
});
