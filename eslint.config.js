// ESLint for the whole tree: `npm run lint`, zero warnings. Type-aware typescript-eslint rules,
// the Astro plugin for components, no import cycles, and the module boundaries of the style guide
// ("Module boundaries" in ../shared/style-guide.md and the README) as per-folder import rules.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Test files may import anything (style guide: `tests/**` may import anything). */
const TEST_FILES = ['tests/**', '**/*.test.ts', '**/*.e2e.ts'];

const builtins = builtinModules.filter((name) => !name.startsWith('_')).join('|');

/** Import sources a boundary may forbid, each as a regular expression and the reason. */
const FORBIDDEN = {
  node: {
    regex: `^(node:|(${builtins})(/|$))`,
    message: 'Node built-ins do not run in the browser.',
  },
  astro: { regex: '^(astro(:|/|$)|@astrojs/)', message: 'Astro belongs to pages and components.' },
  astroVirtual: {
    regex: '^astro:',
    message: '`astro:*` modules exist only inside an Astro build.',
  },
  components: { regex: '(^|/)components/', message: 'Components sit above this module.' },
  mocks: { regex: '(^|/)mocks/', message: 'The mock is reached only from the try-it panel.' },
  tests: { regex: '(^|/)tests/', message: 'Nothing outside tests/ imports tests/.' },
  tryItInternals: {
    // The public components of the panel: the panel itself and its request history (the history page).
    regex: '(^|/)try-it/(?!TryIt(History)?\\.astro$)',
    message: 'Use the panel through TryIt.astro only.',
  },
  nodeMocks: {
    regex: '(^|/)node/|^msw/node$',
    message: 'mocks/node/ is the Node-only part of the mock.',
  },
  ajv: { regex: '^ajv', message: 'Ajv compiles with eval, which the CSP forbids in the browser.' },
};

/**
 * One boundary: files matching `files` must not import any of `forbidden`, whether by
 * `import ... from`, bare `import 'x'`, `export ... from` or a literal dynamic `import()`.
 * (`no-restricted-imports` does not see `import()`, hence the `no-restricted-syntax` twin.)
 */
function boundary(name, files, forbidden, ignores = []) {
  const patterns = forbidden.map((key) => FORBIDDEN[key]);
  return {
    name: `boundaries/${name}`,
    files,
    ignores: [...TEST_FILES, ...ignores],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: patterns.map(({ regex, message }) => ({
            regex,
            message: `${name}: ${message}`,
          })),
        },
      ],
      'no-restricted-syntax': [
        'error',
        ...patterns.map(({ regex, message }) => ({
          selector: `ImportExpression[source.type='Literal'][source.value=/${regex.replaceAll('/', '\\/')}/]`,
          message: `${name}: ${message}`,
        })),
      ],
    },
  };
}

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.tools/',
      'test-results/',
      'playwright-report/',
      'public/',
      'bench/results/',
      // The cycle tests/lint/module-boundaries.test.ts expects the no-cycle rule to report.
      'tests/fixtures/import-cycle/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: ['.astro'],
      },
    },
  },
  astro.configs.recommended,
  {
    // astro-eslint-parser reads `project`, not `projectService`; same tsconfig either way.
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      // Markup in a template has no type that typescript-eslint can see (the parser's virtual
      // TSX), so every `.map()` that returns elements would count as returning `any`.
      // `astro check` type-checks the templates.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    rules: {
      // node:test's test()/describe() return promises the runner itself awaits.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite'] },
          ],
        },
      ],
      // Counts, ports and sizes in messages are deliberate; everything else must be a string.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // A leading underscore marks a name left unused on purpose (a key dropped from a rest copy).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `(x) => void-call(x)` shorthand in callbacks reads plainly and hides no value.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: TEST_FILES,
    rules: {
      // In a test a missing value throws and fails the test, which is what an assertion would do.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Tests read JSON answers (`await response.json()`, a parsed YAML tree) as data to assert
      // on: a wrong shape fails the assertion, so `any` there hides no bug. Code keeps the rules.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // This file is plain JavaScript (ESLint loads it untyped); ESLint validates its shape itself.
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js', '.mjs', '.astro'],
      'import-x/parsers': {
        '@typescript-eslint/parser': ['.ts', '.js', '.mjs'],
        'astro-eslint-parser': ['.astro'],
      },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.astro', '.json'] }),
      ],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  boundary('src/lib', ['src/lib/**'], ['node', 'astroVirtual', 'components', 'mocks', 'tests']),
  boundary(
    'pages and reference components',
    ['src/pages/**', 'src/components/reference/**'],
    ['mocks', 'tests', 'tryItInternals'],
    // The explorer page runs the mock in the browser, as the try-it panel does.
    ['src/pages/explorer.astro', 'src/pages/explorer.astro/**'],
  ),
  boundary('src/components/try-it', ['src/components/try-it/**'], ['node', 'tests']),
  boundary(
    'mocks',
    ['mocks/**'],
    ['node', 'astro', 'components', 'tests', 'nodeMocks', 'ajv'],
    ['mocks/node/**'],
  ),
  boundary('mocks/node', ['mocks/node/**'], ['astro', 'components', 'tests']),
  boundary(
    'everything outside tests/',
    ['**/*.{ts,mjs,js,astro}'],
    ['tests'],
    ['src/**', 'mocks/**'],
  ),
);
