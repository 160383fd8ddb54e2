import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseConformanceOptions } from '../../tools/conformance/conformance-options.ts';
import { contractPath } from '../support/load-contract-model.ts';

const DEFAULTS = { baseUrl: 'http://127.0.0.1:18432/api/v1', contract: contractPath };

describe('parseConformanceOptions', () => {
  const CASES: Array<
    [
      string,
      { argv: string[]; env: Record<string, string>; want: Record<string, unknown> | RegExp },
    ]
  > = [
    [
      'takes the base URL and token from the environment',
      {
        argv: [],
        env: { SESSIONDOCK_BASE_URL: 'http://127.0.0.1:18500/api/v1/', SESSIONDOCK_TOKEN: 't' },
        want: { baseUrl: 'http://127.0.0.1:18500/api/v1', token: 't', allowWrites: false },
      },
    ],
    [
      "defaults to the contract's server",
      { argv: ['--token', 't'], env: {}, want: { baseUrl: DEFAULTS.baseUrl } },
    ],
    [
      'lets options override the environment',
      {
        argv: [
          '--base-url=http://localhost:1/api/v1',
          '--token',
          'b',
          '--allow-writes',
          '--json',
          'r.json',
        ],
        env: { SESSIONDOCK_TOKEN: 'a' },
        want: {
          baseUrl: 'http://localhost:1/api/v1',
          token: 'b',
          allowWrites: true,
          json: 'r.json',
        },
      },
    ],
    [
      'refuses a base URL that is not http',
      {
        argv: ['--base-url', '127.0.0.1:18432'],
        env: { SESSIONDOCK_TOKEN: 't' },
        want: /--base-url must be an http URL/,
      },
    ],
    ['asks for a token', { argv: [], env: {}, want: /no token: set SESSIONDOCK_TOKEN/ }],
    [
      'refuses an unknown option',
      { argv: ['--writes'], env: { SESSIONDOCK_TOKEN: 't' }, want: /unknown option --writes/ },
    ],
    [
      'asks for a value',
      { argv: ['--json'], env: { SESSIONDOCK_TOKEN: 't' }, want: /--json needs a value/ },
    ],
  ];
  for (const [name, { argv, env, want }] of CASES) {
    it(name, () => {
      if (want instanceof RegExp) {
        assert.throws(() => parseConformanceOptions(argv, env, DEFAULTS), want);
        return;
      }
      const options = parseConformanceOptions(argv, env, DEFAULTS) as unknown as Record<
        string,
        unknown
      >;
      for (const [key, value] of Object.entries(want)) assert.equal(options[key], value, key);
    });
  }
});
