import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildTwins } from '../../src/lib/markdown-twins/build-twins.ts';
import {
  buildLlmsFull,
  buildLlmsIndex,
  type LlmsSite,
} from '../../src/lib/markdown-twins/llms-txt.ts';
import { mdxToMarkdown } from '../../src/lib/markdown-twins/mdx-to-markdown.ts';
import { operationToMarkdown } from '../../src/lib/markdown-twins/operation-to-markdown.ts';
import {
  pageRouteOfTwin,
  twinPath,
  twinUrlOfPage,
} from '../../src/lib/markdown-twins/twin-paths.ts';
import { buildOperationRequest } from '../../src/lib/snippets/build-operation-request.ts';
import { buildSnippets } from '../../src/lib/snippets/build-snippets.ts';
import { fixtureModel } from './fixtures/fixture-model.ts';

/** SessionDock's words, as site.config.ts gives them for its contract. */
const words = {
  productName: 'SessionDock',
  tokenVariable: 'SESSIONDOCK_TOKEN',
  tokenLabel: 'Local API token',
  modeExtension: 'x-sessiondock-mode',
};

describe('twin paths', () => {
  const cases: [string, { got: unknown; want: unknown }][] = [
    [
      'puts a guide twin beside its page',
      { got: twinPath('installation/'), want: 'installation.md' },
    ],
    ['names the home page twin index.md', { got: twinPath(''), want: 'index.md' }],
    [
      'keeps reference nesting',
      {
        got: twinPath('api-reference/system/gethealth/'),
        want: 'api-reference/system/gethealth.md',
      },
    ],
    [
      'maps a twin back to its page',
      {
        got: pageRouteOfTwin('api-reference/system/gethealth.md'),
        want: 'api-reference/system/gethealth/',
      },
    ],
    ['maps index.md back to the home page', { got: pageRouteOfTwin('index.md'), want: '' }],
    [
      'finds the twin URL of a page under the base',
      { got: twinUrlOfPage('/docs/authentication/', '/docs'), want: '/docs/authentication.md' },
    ],
    [
      'finds the twin URL when the site is served at the root',
      { got: twinUrlOfPage('/', '/'), want: '/index.md' },
    ],
    [
      'has no twin for a page outside the base',
      { got: twinUrlOfPage('/other/', '/docs'), want: undefined },
    ],
  ];
  for (const [title, { got, want }] of cases) it(title, () => assert.equal(got, want));
});

describe('mdxToMarkdown', () => {
  const context = {
    basePath: '/docs',
    twinRoutes: new Set(['authentication/', 'installation/']),
    values: { toolsJson: '{"tools":[]}' },
  };
  const convert = (body: string, route = 'installation/') =>
    mdxToMarkdown({ route, title: 'T', body }, context);
  const cases: [string, { given: string; want: RegExp; not?: RegExp }][] = [
    [
      'drops import lines and component wrappers',
      {
        given: "import { Steps } from '@astrojs/starlight/components';\n<Steps>\n1. One\n</Steps>",
        want: /^# T\n\n1\. One\n$/,
        not: /Steps|import/,
      },
    ],
    [
      'turns tab labels into bold lines',
      {
        given: '<Tabs>\n<TabItem label="Python">\ntext\n</TabItem>\n</Tabs>',
        want: /\*\*Python\*\*\ntext/,
      },
    ],
    [
      'points relative links at the twin of the target page',
      {
        given: 'See [auth](../authentication/#modes).',
        want: /\[auth\]\(\/docs\/authentication\.md#modes\)/,
      },
    ],
    [
      'keeps links to pages without a twin as page URLs',
      { given: 'See [explorer](../explorer/).', want: /\[explorer\]\(\/docs\/explorer\/\)/ },
    ],
    [
      'leaves external links alone',
      { given: '[x](https://example.com/a)', want: /\(https:\/\/example\.com\/a\)/ },
    ],
    [
      'strips test annotations from code fences',
      {
        given: '```bash run=skip reason="x"\necho\n```',
        want: /```bash\necho\n```/,
        not: /run=skip/,
      },
    ],
    [
      'keeps code inside fences untouched',
      {
        given: '```js\nimport x from "y";\n[a](../b/)\n```',
        want: /import x from "y";\n\[a\]\(\.\.\/b\/\)/,
      },
    ],
    [
      'renders generated values of Code components',
      {
        given: '<Code code={tools.toolsJson} lang="json" />',
        want: /```json\n\{"tools":\[\]\}\n```/,
      },
    ],
    [
      'quotes asides',
      {
        given: '<Aside type="caution">\nCareful.\n</Aside>',
        want: /> \*\*Caution\*\*\n>\n> Careful\./,
      },
    ],
    [
      'stops quoting after an aside closes',
      {
        given: '<Aside>\nCareful.\n</Aside>\n\nAfter it.',
        want: /\nAfter it\.\n$/,
        not: /> After it/,
      },
    ],
    [
      'describes images by their alt text',
      {
        given: '![Settings flow](../../assets/guides/flow.svg)',
        want: /\*Diagram: Settings flow\*/,
      },
    ],
  ];
  for (const [title, { given, want, not }] of cases) {
    it(title, () => {
      const markdown = convert(given);
      assert.match(markdown, want);
      if (not) assert.doesNotMatch(markdown, not);
    });
  }

  it('fails loudly when a Code component has no generated value', () => {
    assert.throws(
      () => convert('<Code code={missing} lang="json" />'),
      /no value for <Code code=\{missing\}/,
    );
  });
});

describe('operationToMarkdown', async () => {
  const model = await fixtureModel();
  const markdown = operationToMarkdown(model.operations[1]!, '/docs', words);
  const cases: [string, RegExp][] = [
    ['starts with the summary as title', /^# Replace tags\n/],
    [
      'states method, path and mode',
      /`PUT \/sessions\/\{id\}\/tags` \(relative to `http:\/\/127\.0\.0\.1:18432\/api\/v1`\)[\s\S]*Mode needed: full-automation/,
    ],
    ['links the web page', /Web page: \/docs\/api-reference\/sessions\/replacesessiontags\//],
    [
      'flags unverified facts',
      /Not confirmed by published SessionDock material: status number assumed/,
    ],
    [
      'lists parameters in a table with enum values',
      /\| `variantId` \| query \| string \(one of a, b\) \| no \| Variant\. \|/,
    ],
    ['heads each response as the operation page does', /### 200 Updated \| tags/],
    ['shows named examples as JSON', /Example `updated`:\n\n```json\n\{\n {2}"data"/],
    ['cuts schema cycles instead of failing', /circular reference/],
  ];
  for (const [title, want] of cases) it(title, () => assert.match(markdown, want));

  it('shows every code sample of the operation page, from the snippet builder', () => {
    for (const snippet of buildSnippets(
      buildOperationRequest(model.operations[1]!, undefined, words),
    )) {
      assert.ok(
        markdown.includes(`**${snippet.label}**\n\n\`\`\`${snippet.language}\n${snippet.code}`),
        snippet.label,
      );
    }
  });
});

describe('buildTwins and llms.txt', async () => {
  const model = await fixtureModel();
  const guides = [
    { route: '', title: 'Home', body: 'Start at [install](installation/).' },
    { route: 'installation/', title: 'Installation', description: 'Set up.', body: 'Hi' },
  ];
  const twins = buildTwins(guides, model, { basePath: '/docs', values: {}, words });
  const site: LlmsSite = {
    title: 'Docs',
    summary: 'Sum.',
    baseUrl: 'https://example.com/docs/',
    notes: ['Note.'],
    extras: [['Full', 'llms-full.txt', 'all']],
  };

  it('has a twin for every guide, the reference index, each group and each operation', () => {
    assert.deepEqual(
      twins.map((twin) => twin.path),
      [
        'index.md',
        'installation.md',
        'api-reference.md',
        'api-reference/system.md',
        'api-reference/sessions.md',
        'api-reference/system/gethealth.md',
        'api-reference/sessions/replacesessiontags.md',
      ],
    );
  });

  it('links guides to other twins from the home page', () => {
    assert.match(twins[0]!.markdown, /\[install\]\(\/docs\/installation\.md\)/);
  });

  it('lists every twin by absolute URL in llms.txt', () => {
    const index = buildLlmsIndex(site, twins);
    for (const twin of twins)
      assert.ok(index.includes(`(https://example.com/docs/${twin.path})`), twin.path);
    assert.match(index, /^# Docs\n\n> Sum\.\n\nNote\.\n\n## Guides\n/);
    assert.match(
      index,
      /- \[Installation\]\(https:\/\/example\.com\/docs\/installation\.md\): Set up\./,
    );
  });

  it('includes every twin in full in llms-full.txt', () => {
    const full = buildLlmsFull(site, twins);
    for (const twin of twins) assert.ok(full.includes(twin.markdown.trim()), twin.path);
    assert.match(
      full,
      /<!-- Source: https:\/\/example\.com\/docs\/api-reference\/system\/gethealth\/ -->/,
    );
  });
});
