import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { operationRoute } from '../../src/lib/reference/routes.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

/** Facts the guides repeat from the contract, checked against it so neither drifts. */
const guide = (file: string) => readFileSync(`src/content/docs/${file}`, 'utf8');

/** Every `error.code` of every response example in the contract. */
function errorCodes(model: ApiModel): string[] {
  const codes = model.operations.flatMap((operation) =>
    operation.responses.flatMap((response) =>
      response.content.flatMap((media) =>
        media.examples.map(
          (example) => (example.value as { error?: { code?: unknown } } | null)?.error?.code,
        ),
      ),
    ),
  );
  return [...new Set(codes.filter((code): code is string => typeof code === 'string'))].sort();
}

describe('guides against the contract', () => {
  let model: ApiModel;
  before(async () => {
    model = await loadContractModel();
  });

  it('explain every error code of the contract on the Errors page', () => {
    const errors = guide('errors.mdx');
    const missing = errorCodes(model).filter((code) => !errors.includes(`\`${code}\``));
    assert.deepEqual(missing, []);
  });

  it('list every operation with its method, path, mode and reference page in the overview', () => {
    const overview = guide('local-api-overview.mdx');
    const missing = model.operations
      .map(
        (operation) =>
          `[\`${operation.method.toUpperCase()} ${operation.path}\`](../${operationRoute(operation)}) | ${operation.mode}`,
      )
      .filter((row) => !overview.includes(row));
    assert.deepEqual(missing, []);
  });

  it('have a changelog entry for the contract version the site is built from', () => {
    const newest = /^## .+\n\n\*\*Contract ([^*\s]+)\*\*/m.exec(guide('changelog.mdx'));
    assert.equal(newest?.[1], model.version);
  });

  it('link only to reference pages that the contract generates', () => {
    const routes = new Set(model.operations.map(operationRoute));
    const groups = new Set(model.groups.map((group) => `api-reference/${group.slug}/`));
    const files = [
      'local-api-overview.mdx',
      'sessions-endpoints.mdx',
      'preview-endpoints.mdx',
      'errors.mdx',
    ];
    const linked = files.flatMap((file) =>
      [...guide(file).matchAll(/\]\((?:\.\.\/)+(api-reference\/[^)#]+)\)/g)].map((m) => m[1] ?? ''),
    );
    const unknown = linked.filter(
      (route) => route !== 'api-reference/' && !routes.has(route) && !groups.has(route),
    );
    assert.deepEqual(unknown, []);
  });
});
