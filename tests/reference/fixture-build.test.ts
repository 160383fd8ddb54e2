/**
 * Builds the site once from a fixture contract that is not SessionDock's (composition and a
 * discriminator, a recursive schema, several media types and servers, operations without tags or
 * operationIds, path-level parameters, hostile Markdown, every kind of security requirement),
 * with the guides off, and checks every generated page and Markdown twin.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SCALAR_DIR, SCALAR_ENTRY } from '../../integrations/scalar-bundle/scalar-entry.ts';
import { collectPageScripts } from '../../bench/page-weight.ts';
import type { OperationModel } from '../../src/lib/openapi/model.ts';
import { twinPath } from '../../src/lib/markdown-twins/twin-paths.ts';
import { groupRoute, operationRoute, responseAnchor } from '../../src/lib/reference/routes.ts';
import { buildFixtureSite, FIXTURE_CONTRACT } from '../support/build-fixture-site.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

const model = await loadContractModel(FIXTURE_CONTRACT);
const outDir = mkdtempSync(join(tmpdir(), 'reference-fixture-'));

/** The HTML of a built page, relative to the base path. */
function page(route: string): string {
  return readFileSync(join(outDir, route, 'index.html'), 'utf8');
}

/** The page's own content, without Starlight's frame (sidebar, header, footer icons). */
function content(route: string): string {
  const html = page(route);
  return html.slice(html.indexOf('<main'), html.indexOf('<footer', html.indexOf('<main')));
}

/** The text of the page's h1, entities decoded. */
function title(route: string): string {
  const heading = /<h1 id="_top"[^>]*>([\s\S]*?)<\/h1>/.exec(page(route))?.[1] ?? '';
  return heading
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function route(id: string): string {
  const operation = model.operations.find((candidate) => candidate.id === id);
  assert.ok(operation, `no operation ${id} in the fixture`);
  return operationRoute(operation);
}

/** The Markdown twin of a page, relative to the base path. */
function twin(route: string): string {
  return readFileSync(join(outDir, twinPath(route)), 'utf8');
}

/** Every built file of these kinds, relative to the output folder. */
function builtFiles(pattern: RegExp): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    pattern.test(file),
  );
}

/** Whether any alternative of the operation's security sends a bearer token. */
function mayUseBearer(operation: OperationModel): boolean {
  return operation.security.some((requirements) =>
    requirements.some(
      (requirement) =>
        (requirement.type === 'http' && requirement.httpScheme === 'bearer') ||
        requirement.type === 'oauth2' ||
        requirement.type === 'openIdConnect',
    ),
  );
}

describe('the reference built from a contract that is not SessionDock’s', () => {
  // The build fails on any broken internal link, so this also proves the link check passes.
  before(() => buildFixtureSite(outDir));
  after(() => rmSync(outDir, { recursive: true, force: true }));

  it('has a page per operation with its title, every parameter and every documented status', () => {
    assert.equal(model.operations.length, 15);
    for (const operation of model.operations) {
      const html = content(operationRoute(operation));
      assert.equal(title(operationRoute(operation)), operation.summary);
      for (const parameter of operation.parameters)
        assert.ok(
          html.includes(`data-parameter="${parameter.name}"`),
          `${operation.id}: ${parameter.name}`,
        );
      for (const response of operation.responses)
        assert.ok(
          html.includes(`id="${responseAnchor(response.status)}"`),
          `${operation.id}: ${response.status}`,
        );
      assert.match(page(operationRoute(operation)), /<meta name="description" content="[^"]+"/);
      assert.match(page(operationRoute(operation)), /data-pagefind-body/);
    }
  });

  it('gives operations without tags or operationIds a page and a group', () => {
    assert.deepEqual(
      model.operations
        .map(operationRoute)
        .filter((path) => /other\/|get-pets-petid|delete-pets-petid/.test(path)),
      [
        'api-reference/pets/get-pets-petid/',
        'api-reference/pets/delete-pets-petid/',
        'api-reference/other/put-contacts/',
      ],
    );
    for (const group of model.groups)
      assert.ok(existsSync(join(outDir, groupRoute(group), 'index.html')), group.slug);
    const index = content('api-reference/');
    for (const operation of model.operations)
      assert.ok(index.includes(operationRoute(operation)), `index lists ${operation.id}`);
  });

  it('renders composition, the discriminator and recursion in the schema trees', () => {
    const create = content(route('createPet'));
    for (const text of [
      'One of:',
      'All of:',
      'Discriminator: <code',
      'always <code',
      'schema-required',
      'nullable',
      'default <code',
    ]) {
      assert.ok(create.includes(text), text);
    }
    assert.ok(content(route('put-contacts')).includes('Any of:'));
    assert.match(content(route('get-pets-petid')), /Recursive: the same schema as TreeNode/);
  });

  it('shows every media type, named examples, error codes and the servers that apply', () => {
    const list = content(route('listPets'));
    for (const text of [
      'application/json',
      'application/xml',
      'X-Total-Count',
      'https://api.example.test/v2',
      'http://localhost:8080/v2',
    ])
      assert.ok(list.includes(text), text);
    const create = content(route('createPet'));
    for (const text of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'data-example="invalid_request"',
    ]) {
      assert.ok(create.includes(text), text);
    }
    assert.match(
      create,
      /<code[^>]*>read_only<\/code> — Enable Full Automation to perform this action\./,
    );
    assert.ok(
      content(route('get-pets-petid')).includes('https://tree.example.test/pets/pet%2042%2F%C3%BC'),
      'operation-level server in samples',
    );
  });

  it('shows the pages that strain the layout whole: array parameters’ values, a body ten levels deep, every media type', () => {
    const search = content(route('searchShelterPets'));
    assert.match(search, /array of string/);
    // An array parameter's allowed values are its items' (these three are in no example).
    for (const species of ['guinea-pig', 'ferret', 'tortoise'])
      assert.ok(search.includes(`&quot;${species}&quot;`), species);
    const deep = content(route('planTransfer'));
    assert.match(deep, /ten levels down/);
    assert.match(deep, /schema-name[^>]*>firmware<[\s\S]*schema-name[^>]*>channel</);
    const record = model.operations.find((operation) => operation.id === 'replaceRecord');
    const media = [
      ...(record?.requestBody?.content ?? []),
      ...(record?.responses ?? []).flatMap((response) => response.content),
    ].map((entry) => entry.mediaType);
    assert.ok(new Set(media).size >= 7);
    const composed = content(route('replaceRecord'));
    for (const text of [...media, 'One of:', 'All of:', 'Any of:'])
      assert.ok(composed.includes(text), text);
  });

  it('renders hostile Markdown as text: no script, event handler, javascript: link, frame or remote image', () => {
    for (const file of [
      'api-reference/hostile-tag/hostilemarkdown/',
      'api-reference/hostile-tag/',
      'api-reference/pets/',
      '',
    ]) {
      const html = content(file);
      assert.doesNotMatch(html, /href="\s*(?:javascript|data):/i);
      // Markup inside quoted attribute values (data-code, data-example) is inert: look at tags only.
      const tags = html.replace(/="[^"]*"/g, '=""');
      assert.doesNotMatch(tags, /<script>(?:window\.__pwned|alert)/);
      assert.doesNotMatch(tags, /<[a-z][^>]*\son[a-z]+=/i);
      assert.doesNotMatch(tags, /<(?:iframe|img|svg)\b/i);
    }
  });

  it('loads Scalar’s API reference on the explorer page only', () => {
    const pages = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => file.slice(0, -'index.html'.length));
    assert.ok(pages.length > 10);
    // Scalar's own browser build, published as it is; none of the site's chunks bundles it.
    assert.match(readFileSync(join(outDir, SCALAR_ENTRY), 'utf8'), /scalar-app/);
    const chunks = readdirSync(join(outDir, '_astro')).filter((file) => file.endsWith('.js'));
    assert.deepEqual(
      chunks.filter((file) =>
        /scalar-app/.test(readFileSync(join(outDir, '_astro', file), 'utf8')),
      ),
      [],
    );
    const referencesScalar = (path: string) => {
      const scripts = collectPageScripts(outDir, path);
      return [
        page(path),
        ...[...scripts.eager, ...scripts.lazy].map((file) =>
          readFileSync(join(outDir, file), 'utf8'),
        ),
      ].some((text) => text.includes(SCALAR_DIR));
    };
    assert.ok(referencesScalar('explorer/'), 'the explorer loads Scalar');
    for (const path of pages.filter((candidate) => candidate !== 'explorer/'))
      assert.equal(referencesScalar(path), false, `/${path} references Scalar`);
  });

  it('builds no guide: no guide page, sidebar entry, twin or llms.txt section, and a home page that leads to the reference', () => {
    for (const file of [
      'installation/index.html',
      'authentication/index.html',
      'installation.md',
      'index.md',
    ]) {
      assert.equal(existsSync(join(outDir, file)), false, file);
    }
    assert.doesNotMatch(page('api-reference/'), /Start here|Endpoints by task/);
    const llms = readFileSync(join(outDir, 'llms.txt'), 'utf8');
    assert.doesNotMatch(llms, /^## Guides$/m);
    assert.match(llms, /^## API reference$/m);
    assert.match(content(''), /href="api-reference\/"/);
    assert.equal(title(''), 'Fixture Pet Store reference');
  });

  it('says no SessionDock word on any page, twin or llms.txt', () => {
    const files = builtFiles(/\.(?:html|md|txt)$/);
    assert.ok(files.length > model.operations.length * 2);
    for (const file of files) {
      const text = readFileSync(join(outDir, file), 'utf8');
      for (const word of ['SessionDock', 'SESSIONDOCK', 'full-automation', 'Mode needed']) {
        assert.ok(!text.includes(word), `${file} says ${word}`);
      }
    }
  });

  it('sends no bearer token for an operation whose security is an API key, basic or none', () => {
    const others = model.operations.filter((operation) => !mayUseBearer(operation));
    assert.ok(others.length >= 5);
    for (const operation of others) {
      assert.ok(
        !content(operationRoute(operation)).includes('Authorization: Bearer'),
        `${operation.id} page`,
      );
      assert.ok(
        !twin(operationRoute(operation)).includes('Authorization: Bearer'),
        `${operation.id} twin`,
      );
    }
  });

  it('states each operation’s authentication and reads each credential from a variable named after its scheme', () => {
    const cases: [string, RegExp, string[]][] = [
      [
        'basicOnly',
        /Authentication:<\/strong> HTTP Basic authentication/,
        ['"Authorization: Basic $BASIC_CREDENTIALS"', "os.environ['BASIC_CREDENTIALS']"],
      ],
      [
        'queryKeyOnly',
        /an API key in the <code>api_key<\/code> query parameter/,
        [`api_key='"$QUERY_KEY"'`, "os.environ['QUERY_KEY']"],
      ],
      [
        'cookieKeyOnly',
        /an API key in the <code>session_key<\/code> cookie/,
        ['"Cookie: session_key=$COOKIE_KEY"', '$env:COOKIE_KEY'],
      ],
      [
        'basicOrKey',
        /any one of: HTTP Basic authentication.*?<\/code>; an API key in the <code>X-Api-Key<\/code> header/,
        ['%BASIC_CREDENTIALS%'],
      ],
      [
        'keyAndBearer',
        /an API key in the <code>X-Api-Key<\/code> header and a bearer token/,
        ['"X-Api-Key: $API_KEY"', '"Authorization: Bearer $BEARER_TOKEN"'],
      ],
      ['publicOperation', /Authentication:<\/strong> none required\./, []],
    ];
    for (const [id, line, samples] of cases) {
      const html = content(route(id));
      assert.match(html, line, `${id}: authentication line`);
      const markdown = twin(route(id));
      for (const sample of samples) {
        assert.ok(markdown.includes(sample), `${id} twin: ${sample}`);
      }
    }
    assert.doesNotMatch(content(route('publicOperation')), /environment variable/);
    assert.match(
      content(route('basicOnly')),
      // The samples' component has scoped styles, so its <code> carries a class.
      /from\s+the <code[^>]*>BASIC_CREDENTIALS<\/code> environment variable/,
    );
  });

  it('names the try-it targets without a product name', () => {
    const html = content(route('listPets'));
    assert.ok(html.includes('a mock of this API'));
    assert.ok(html.includes('My server'));
  });
});
