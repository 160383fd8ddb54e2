import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { OperationModel, ResponseModel } from '../../src/lib/openapi/model.ts';
import { toDisplayPath } from '../../src/lib/reference/display-path.ts';
import { toErrorSummary } from '../../src/lib/reference/error-summary.ts';
import { formatExample } from '../../src/lib/reference/format-example.ts';
import {
  buildOperationOutline,
  describeOperationPage,
  responseDetails,
  responseHeading,
} from '../../src/lib/reference/operation-outline.ts';
import { operationRoute, responseAnchor } from '../../src/lib/reference/routes.ts';

function response(status: string, description: string): ResponseModel {
  return { status, description, headers: [], content: [] };
}

const operation: OperationModel = {
  id: 'getHealth',
  slug: 'gethealth',
  group: 'system',
  method: 'get',
  path: '/health',
  summary: 'Check health',
  description: 'Returns **whether** the server runs.',
  deprecated: false,
  extensions: {},
  parameters: [],
  responses: [
    response('200', 'Server health.'),
    response('4XX', 'A client error. The body says which.'),
  ],
  security: [],
  servers: [{ url: 'http://127.0.0.1:18432/api/v1' }],
};

describe('operation page outline', () => {
  it('lists the sections in page order, with one entry per documented status', () => {
    assert.deepEqual(
      buildOperationOutline(operation).map(({ depth, slug }) => `${depth}:${slug}`),
      ['2:code-samples', '2:try-it', '2:responses', '3:response-200', '3:response-4xx'],
    );
  });

  it('anchors responses by status and builds the page URL from group and slug', () => {
    assert.deepEqual(['200', '4XX', 'default'].map(responseAnchor), [
      'response-200',
      'response-4xx',
      'response-default',
    ]);
    assert.equal(operationRoute(operation), 'api-reference/system/gethealth/');
  });

  it('heads a response with its status and first sentence, and keeps only descriptions that say more', () => {
    const [ok, clientError] = operation.responses as [ResponseModel, ResponseModel];
    assert.equal(responseHeading(ok), '200 Server health');
    assert.equal(responseDetails(ok), undefined);
    assert.equal(responseHeading(clientError), '4XX A client error');
    assert.equal(responseDetails(clientError), 'A client error. The body says which.');
  });

  it('describes the page for search engines in plain text under 160 characters', () => {
    assert.equal(describeOperationPage(operation), 'GET /health: Returns whether the server runs.');
    const long = describeOperationPage({ ...operation, description: 'word '.repeat(80) });
    assert.ok(long.length <= 160 && long.endsWith('…'));
  });

  it('shows the path as called, with the server path in front', () => {
    assert.equal(toDisplayPath(operation), '/api/v1/health');
    assert.equal(toDisplayPath({ ...operation, servers: [{ url: '/' }] }), '/health');
  });
});

describe('example helpers', () => {
  it('reads the code and message of error envelopes and nothing else', () => {
    assert.deepEqual(
      toErrorSummary({
        error: {
          status: 403,
          code: 'read_only',
          message: 'Enable Full Automation to perform this action.',
        },
      }),
      { code: 'read_only', message: 'Enable Full Automation to perform this action.' },
    );
    assert.deepEqual(toErrorSummary({ code: 'x', message: 'y' }), { code: 'x', message: 'y' });
    assert.equal(toErrorSummary({ data: { code: 1 } }), undefined);
    assert.equal(toErrorSummary('text'), undefined);
  });

  it('formats JSON indented and text as written', () => {
    assert.deepEqual(formatExample({ a: 1 }, 'application/json'), {
      code: '{\n  "a": 1\n}',
      language: 'json',
    });
    assert.deepEqual(formatExample('<a/>', 'application/xml'), { code: '<a/>', language: 'xml' });
    assert.deepEqual(formatExample('done', 'text/plain'), { code: 'done', language: 'text' });
  });
});

describe('reference sidebar', () => {
  it('lists the index, then each group with its overview and its operations, each with a method badge', async () => {
    const { buildReferenceSidebar } = await import('../../src/lib/reference/sidebar-groups.ts');
    const sidebar = buildReferenceSidebar({
      title: 'T',
      version: '1',
      openapiVersion: '3.1.0',
      servers: [],
      operations: [operation],
      groups: [
        {
          slug: 'system',
          tag: 'system',
          displayName: 'System',
          operations: [operation, { ...operation, method: 'patch', slug: 'x' }],
        },
      ],
    });
    assert.deepEqual(JSON.parse(JSON.stringify(sidebar)), {
      label: 'API reference',
      items: [
        { label: 'All operations', link: '/api-reference/' },
        {
          label: 'System',
          collapsed: true,
          items: [
            { label: 'Overview', link: '/api-reference/system/' },
            {
              label: 'Check health',
              link: '/api-reference/system/gethealth/',
              badge: { text: 'GET', variant: 'note' },
              attrs: { 'data-method': 'get' },
            },
            {
              label: 'Check health',
              link: '/api-reference/system/x/',
              badge: { text: 'PATCH', variant: 'caution' },
              attrs: { 'data-method': 'patch' },
            },
          ],
        },
      ],
    });
  });
});
