import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findResponse } from './find-response.ts';
import type { ResponseModel } from './model.ts';

const documenting = (...statuses: string[]) => ({
  responses: statuses.map((status): ResponseModel => ({
    status,
    description: `the ${status}`,
    headers: [],
    content: [],
  })),
});

describe('findResponse', () => {
  const CASES: [
    string,
    { documented: string[]; status: number | string; want: string | undefined },
  ][] = [
    [
      'finds the exact status',
      { documented: ['200', '404', '4XX', 'default'], status: 404, want: '404' },
    ],
    [
      'prefers the exact status to its range, whatever the order',
      { documented: ['4XX', '404'], status: 404, want: '404' },
    ],
    [
      'falls back to the range of the status',
      { documented: ['200', '4XX', 'default'], status: 409, want: '4XX' },
    ],
    [
      'reads a range written in lower case',
      { documented: ['200', '4xx'], status: 401, want: '4xx' },
    ],
    ['never takes another range', { documented: ['200', '5XX'], status: 404, want: undefined }],
    [
      'falls back to default when no range matches',
      { documented: ['200', '5XX', 'default'], status: 404, want: 'default' },
    ],
    [
      'answers a success from default too',
      { documented: ['default'], status: 200, want: 'default' },
    ],
    ['accepts the status as text', { documented: ['200', '404'], status: '404', want: '404' }],
    [
      'finds a range asked for as the contract writes it',
      { documented: ['200', '4XX'], status: '4XX', want: '4XX' },
    ],
    [
      'finds default asked for by name',
      { documented: ['200', 'default'], status: 'default', want: 'default' },
    ],
    [
      'finds nothing when nothing applies',
      { documented: ['200', '404'], status: 500, want: undefined },
    ],
  ];
  for (const [name, { documented, status, want }] of CASES) {
    it(name, () => assert.equal(findResponse(documenting(...documented), status)?.status, want));
  }
});
