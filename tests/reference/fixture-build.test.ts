/**
 * Builds the site once from a fixture contract that is not SessionDock's (composition and a
 * discriminator, a recursive schema, several media types and servers, operations without tags or
 * operationIds, path-level parameters, hostile Markdown) and checks every generated page.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { collectPageScripts } from '../../bench/page-weight.ts';
import { groupRoute, operationRoute, responseAnchor } from '../../src/lib/reference/routes.ts';
import { loadContractModel } from '../support/load-contract-model.ts';

const FIXTURE = 'tests/fixtures/contracts/combined.yaml';
const model = await loadContractModel(FIXTURE);
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
  return heading.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function route(id: string): string {
  const operation = model.operations.find((candidate) => candidate.id === id);
  assert.ok(operation, `no operation ${id} in the fixture`);
  return operationRoute(operation);
}

describe('the reference built from a contract that is not SessionDock’s', () => {
  before(async () => {
    try {
      await promisify(execFile)(join('node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
        env: { ...process.env, DOCS_CONTRACT: FIXTURE, DOCS_BASE: '/docs' },
        maxBuffer: 32 * 1024 * 1024,
      });
    } catch (error) {
      // The guides link to SessionDock's operation pages, which this contract does not have; the
      // link check reports them once every page is written. Any other failure, or a broken link
      // from a reference page, fails the test.
      const stderr = (error as { stderr?: string }).stderr ?? '';
      const sources = [...stderr.matchAll(/^ {2}(\/\S+)$/gm)].map((match) => match[1] ?? '');
      const onlyGuideLinks = stderr.includes('sessiondock:link-check') && sources.length > 0
        && sources.every((source) => !/\/(?:api-reference|explorer)\//.test(source));
      if (!onlyGuideLinks) throw error;
    }
  });
  after(() => rmSync(outDir, { recursive: true, force: true }));

  it('has a page per operation with its title, every parameter and every documented status', () => {
    assert.equal(model.operations.length, 6);
    for (const operation of model.operations) {
      const html = content(operationRoute(operation));
      assert.equal(title(operationRoute(operation)), operation.summary);
      for (const parameter of operation.parameters) assert.ok(html.includes(`data-parameter="${parameter.name}"`), `${operation.id}: ${parameter.name}`);
      for (const response of operation.responses) assert.ok(html.includes(`id="${responseAnchor(response.status)}"`), `${operation.id}: ${response.status}`);
      assert.match(page(operationRoute(operation)), /<meta name="description" content="[^"]+"/);
      assert.match(page(operationRoute(operation)), /data-pagefind-body/);
    }
  });

  it('gives operations without tags or operationIds a page and a group', () => {
    assert.deepEqual(model.operations.map(operationRoute).filter((path) => /other\/|get-pets-petid|delete-pets-petid/.test(path)), [
      'api-reference/pets/get-pets-petid/', 'api-reference/pets/delete-pets-petid/', 'api-reference/other/put-contacts/',
    ]);
    for (const group of model.groups) assert.ok(existsSync(join(outDir, groupRoute(group), 'index.html')), group.slug);
    const index = content('api-reference/');
    for (const operation of model.operations) assert.ok(index.includes(operationRoute(operation)), `index lists ${operation.id}`);
  });

  it('renders composition, the discriminator and recursion in the schema trees', () => {
    const create = content(route('createPet'));
    for (const text of ['One of:', 'All of:', 'Discriminator: <code', 'always <code', 'schema-required', 'nullable', 'default <code']) {
      assert.ok(create.includes(text), text);
    }
    assert.ok(content(route('put-contacts')).includes('Any of:'));
    assert.match(content(route('get-pets-petid')), /Recursive: the same schema as TreeNode/);
  });

  it('shows every media type, named examples, error codes and the servers that apply', () => {
    const list = content(route('listPets'));
    for (const text of ['application/json', 'application/xml', 'X-Total-Count', 'https://api.example.test/v2', 'http://localhost:8080/v2']) assert.ok(list.includes(text), text);
    const create = content(route('createPet'));
    for (const text of ['text/plain', 'application/x-www-form-urlencoded', 'data-example="invalid_request"']) {
      assert.ok(create.includes(text), text);
    }
    assert.match(create, /<code[^>]*>read_only<\/code> — Enable Full Automation to perform this action\./);
    assert.ok(content(route('get-pets-petid')).includes('https://tree.example.test/pets/pet%2042%2F%C3%BC'), 'operation-level server in samples');
  });

  it('renders hostile Markdown as text: no script, event handler, javascript: link, frame or remote image', () => {
    for (const file of ['api-reference/hostile-tag/hostilemarkdown/', 'api-reference/hostile-tag/', 'api-reference/pets/']) {
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
      .filter((file) => file.endsWith('index.html')).map((file) => file.slice(0, -'index.html'.length));
    assert.ok(pages.length > 10);
    const explorer = collectPageScripts(outDir, 'explorer/');
    // Chunks of @scalar/api-reference (the small @scalar/snippetz that the samples use is not it).
    const scalarFiles = [...explorer.eager, ...explorer.lazy]
      .filter((file) => /createApiReference|scalar-app/.test(readFileSync(join(outDir, file), 'utf8')));
    assert.ok(scalarFiles.length > 0, 'the explorer bundles Scalar');
    for (const path of pages.filter((candidate) => candidate !== 'explorer/')) {
      const scripts = collectPageScripts(outDir, path);
      assert.deepEqual([...scripts.eager, ...scripts.lazy].filter((file) => scalarFiles.includes(file)), [], `/${path} loads Scalar`);
      const html = page(path);
      assert.deepEqual(scalarFiles.filter((file) => html.includes(file.split('/').pop() ?? file)), [], `/${path} references Scalar`);
    }
  });
});
