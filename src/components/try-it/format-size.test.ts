import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatSize } from './format-size.ts';

const cases: Array<[string, { given: number; want: string }]> = [
  ['an empty body', { given: 0, want: '0 B' }],
  ['a few bytes', { given: 999, want: '999 B' }],
  ['about a kilobyte, with one decimal', { given: 1234, want: '1.2 kB' }],
  ['tens of kilobytes, rounded', { given: 64_500, want: '65 kB' }],
  ['megabytes', { given: 3_400_000, want: '3.4 MB' }],
];
for (const [name, { given, want }] of cases) {
  test(`formats ${name}`, () => assert.equal(formatSize(given), want));
}
