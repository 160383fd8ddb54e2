import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

/** Every .ts file under a folder. */
function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((match) => match[1]!);
const browserFiles = listFiles('mocks').filter((file) => !file.startsWith(join('mocks', 'node')));

test('keeps everything outside mocks/node runnable in a browser', () => {
  const offenders = browserFiles.flatMap((file) => importsOf(file)
    .filter((source) => source.startsWith('node:') || source.includes('/node/') || source === 'msw/node')
    .map((source) => `${file} imports ${source}`));
  assert.deepEqual(offenders, []);
});

test('keeps the mock free of Astro, components and tests', () => {
  const offenders = listFiles('mocks').flatMap((file) => importsOf(file)
    .filter((source) => source.startsWith('astro') || source.includes('/components/') || source.includes('/tests/'))
    .map((source) => `${file} imports ${source}`));
  assert.deepEqual(offenders, []);
});

test('validates request bodies without a validator that needs eval', () => {
  const offenders = browserFiles.filter((file) => importsOf(file).some((source) => source.startsWith('ajv')));
  assert.deepEqual(offenders, []);
});
