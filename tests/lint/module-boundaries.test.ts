// The style guide's module boundaries and the no-cycle rule, as `npm run lint` applies them:
// each case lints a small source placed at a path of the tree with the project's ESLint config.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../../', import.meta.url));

// Type information plays no part in these rules; without it each case lints in milliseconds.
const eslint = new ESLint({
  cwd: root,
  ignore: false,
  overrideConfig: [tseslint.configs.disableTypeChecked],
});

/** The rule ids ESLint reports for `code` placed at `path` (relative to the repository). */
async function reportedRules(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  assert.ok(result);
  const fatal = result.messages.find((message) => message.fatal === true);
  assert.equal(fatal, undefined, `${path} does not parse: ${fatal?.message ?? ''}`);
  return result.messages.map((message) => message.ruleId ?? '');
}

const BOUNDARY = ['no-restricted-imports', 'no-restricted-syntax'];

const VIOLATIONS: Array<[string, { path: string; code: string }]> = [
  [
    'src/lib importing a Node built-in',
    {
      path: 'src/lib/openapi/x.ts',
      code: `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`,
    },
  ],
  [
    'src/lib importing a Node built-in lazily',
    { path: 'src/lib/openapi/x.ts', code: `export const fs = () => import('node:fs');\n` },
  ],
  [
    'src/lib importing a bare Node built-in name',
    {
      path: 'src/lib/reference/x.ts',
      code: `import path from 'path';\nexport const join = path.join;\n`,
    },
  ],
  [
    'src/lib importing an astro: module for its side effects',
    { path: 'src/lib/snippets/x.ts', code: `import 'astro:content';\n` },
  ],
  [
    'src/lib importing the mock',
    {
      path: 'src/lib/openapi/x.ts',
      code: `export { createHandlers } from '../../../mocks/create-handlers.ts';\n`,
    },
  ],
  [
    'src/lib importing a component',
    { path: 'src/lib/reference/x.ts', code: `import '../../components/try-it/try-it-panel.ts';\n` },
  ],
  [
    'src/lib importing tests lazily',
    {
      path: 'src/lib/openapi/x.ts',
      code: `export const spec = () => import('../../../tests/support/create-spec.ts');\n`,
    },
  ],
  [
    'mocks importing Astro',
    {
      path: 'mocks/x.ts',
      code: `import { getCollection } from 'astro:content';\nexport const all = getCollection;\n`,
    },
  ],
  [
    'mocks importing a component',
    {
      path: 'mocks/x.ts',
      code: `export const panel = () => import('../src/components/try-it/try-it-panel.ts');\n`,
    },
  ],
  [
    'mocks outside mocks/node importing node:http',
    { path: 'mocks/x.ts', code: `import 'node:http';\n` },
  ],
  [
    'mocks outside mocks/node importing mocks/node',
    {
      path: 'mocks/x.ts',
      code: `export const server = () => import('./node/sandbox-server.ts');\n`,
    },
  ],
  [
    'mocks in the browser importing Ajv (needs eval)',
    { path: 'mocks/x.ts', code: `import Ajv from 'ajv';\nexport const ajv = new Ajv();\n` },
  ],
  [
    'a reference component importing the mock',
    {
      path: 'src/components/reference/X.astro',
      code: `---\nimport { SANDBOX_TOKEN } from '../../../mocks/sandbox-token.ts';\n---\n<p>{SANDBOX_TOKEN}</p>\n`,
    },
  ],
  [
    'a reference component importing try-it internals',
    {
      path: 'src/components/reference/X.astro',
      code: `---\nimport '../try-it/try-it-panel.ts';\n---\n<p>x</p>\n`,
    },
  ],
  [
    'a page importing tests',
    {
      path: 'src/pages/x.ts',
      code: `export { builtPages } from '../../tests/support/built-pages.ts';\n`,
    },
  ],
  [
    'a page script importing the mock lazily',
    {
      path: 'src/pages/x.astro',
      code: `<script>\n  void import('../../mocks/create-browser-mock.ts');\n</script>\n`,
    },
  ],
  [
    'the try-it panel importing a Node built-in lazily',
    {
      path: 'src/components/try-it/x.ts',
      code: `export const crypto = () => import('node:crypto');\n`,
    },
  ],
  [
    'a tool importing tests',
    { path: 'tools/conformance/x.ts', code: `import '../../tests/support/check-response.ts';\n` },
  ],
  [
    'a mock server file importing tests',
    { path: 'mocks/node/x.ts', code: `import '../../tests/support/start-sandbox.ts';\n` },
  ],
];

for (const [name, { path, code }] of VIOLATIONS) {
  test(`reports ${name}`, async () => {
    const rules = await reportedRules(path, code);
    assert.ok(
      rules.some((rule) => BOUNDARY.includes(rule)),
      `no boundary rule reported; got [${rules.join(', ')}]`,
    );
  });
}

const ALLOWED: Array<[string, { path: string; code: string }]> = [
  [
    'src/lib importing a pure library and the model',
    {
      path: 'src/lib/openapi/x.ts',
      code: `import { parse } from 'yaml';\nimport type { ApiModel } from './model.ts';\nexport const read = (text: string) => parse(text) as ApiModel;\n`,
    },
  ],
  [
    'a reference component using the panel through TryIt.astro',
    {
      path: 'src/components/reference/X.astro',
      code: `---\nimport TryIt from '../try-it/TryIt.astro';\n---\n<TryIt />\n`,
    },
  ],
  [
    'the try-it panel loading the mock lazily',
    {
      path: 'src/components/try-it/x.ts',
      code: `export const mock = () => import('../../../mocks/create-browser-mock.ts');\n`,
    },
  ],
  [
    'mocks/node using Node built-ins',
    {
      path: 'mocks/node/x.ts',
      code: `import { createServer } from 'node:http';\nexport const server = createServer;\n`,
    },
  ],
  [
    'a unit test beside the code importing node:test and test support',
    {
      path: 'src/lib/openapi/x.test.ts',
      code: `import 'node:test';\nimport '../../../tests/support/create-spec.ts';\n`,
    },
  ],
];

for (const [name, { path, code }] of ALLOWED) {
  test(`allows ${name}`, async () => {
    const rules = await reportedRules(path, code);
    assert.deepEqual(
      rules.filter((rule) => BOUNDARY.includes(rule)),
      [],
    );
  });
}

test('reports an import cycle', async () => {
  const [result] = await eslint.lintFiles(['tests/fixtures/import-cycle/first-half.ts']);
  assert.ok(result);
  assert.deepEqual(
    result.messages.map((message) => message.ruleId),
    ['import-x/no-cycle'],
  );
});
