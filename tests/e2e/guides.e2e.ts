import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { siteConfig } from '../../site.config.ts';
import { guideSlugsInOrder } from '../../src/data/guide-sidebar.ts';
import { parseContractText } from '../../src/lib/openapi/parse-contract-text.ts';
import { listBuiltPages } from '../support/built-pages.ts';

/** The production build the preview serves (`npm test` builds into dist). */
const DIST = process.env.DOCS_DIST ?? 'dist';
const guides = guideSlugsInOrder();
const builtPages = listBuiltPages(DIST);
/** Pages with a Markdown twin: the home page, every guide and every reference page. */
const twinPages = builtPages.filter(
  (path) =>
    path === '' || guides.includes(path.replace(/\/$/, '')) || path.startsWith('api-reference/'),
);
const twinOf = (path: string) => `${path === '' ? 'index' : path.replace(/\/$/, '')}.md`;

test('every guide file is in the sidebar', () => {
  const files = readdirSync('src/content/docs', { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file) && file !== 'index.mdx')
    .map((file) => file.replace(/\.mdx?$/, '').replace(/\/index$/, ''));
  expect(files.filter((slug) => !guides.includes(slug))).toEqual([]);
});

test('every guide is reachable from the sidebar', async ({ page }) => {
  // One page load per guide, over twenty of them: more than the default minute on 2 busy cores.
  test.setTimeout(180_000);
  await page.goto('installation/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  for (const slug of guides) {
    const link = sidebar.locator(`a[href$="/${slug}/"]`);
    await expect(link, slug).toHaveCount(1);
    await link.evaluate((anchor: HTMLAnchorElement) => anchor.click());
    await expect(page, slug).toHaveURL(new RegExp(`/${slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});

for (const path of [
  '',
  'installation/',
  'recipes/batch-import/',
  'api-reference/system/gethealth/',
]) {
  test(`/${path} links to its Markdown twin, which starts with the page title`, async ({
    page,
    request,
  }) => {
    await page.goto(path || './');
    const link = page.getByRole('link', { name: 'View this page as Markdown' });
    await expect(link).toHaveAttribute('href', new RegExp(`/${twinOf(path).replace('.', '\\.')}$`));
    const response = await request.get(
      new URL((await link.getAttribute('href')) ?? '', page.url()).href,
    );
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/markdown');
    const title =
      path === ''
        ? 'SessionDock Developer Docs'
        : (await page.getByRole('heading', { level: 1 }).textContent())?.trim();
    expect((await response.text()).split('\n')[0]).toBe(`# ${title}`);
  });
}

test('llms.txt links the Markdown twin of every guide and every reference page, and each link works', async ({
  request,
  baseURL,
}) => {
  const index = await (await request.get('llms.txt')).text();
  const linked = [...index.matchAll(/\]\((https?:[^)]+\.md)\)/g)].map(
    (match) => new URL(match[1] ?? '').pathname,
  );
  const base = new URL(baseURL ?? '').pathname;
  const expected = twinPages.map((path) => `${base}${twinOf(path)}`);
  expect(expected.filter((twin) => !linked.includes(twin))).toEqual([]);
  for (const twin of linked) {
    expect((await request.get(new URL(twin, baseURL).href)).status(), twin).toBe(200);
  }
});

test('llms-full.txt holds every guide and every operation in full', async ({ request }) => {
  const full = await (await request.get('llms-full.txt')).text();
  for (const path of twinPages) {
    const twin = await (await request.get(twinOf(path))).text();
    expect(full.includes(twin.trim()), path).toBe(true);
  }
});

test('agent-tools.json has a tool per operation and the AI agents guide shows one of them and links the rest', async ({
  request,
  page,
}) => {
  const { tools } = (await (await request.get('agent-tools.json')).json()) as {
    tools: { name: string; mode: string }[];
  };
  const { tools: readOnly } = (await (await request.get('agent-tools.read-only.json')).json()) as {
    tools: { name: string; request: { pathParameters: string[] } }[];
  };
  expect(tools.length).toBe(20);
  expect(readOnly.map((tool) => tool.name)).toEqual(
    tools.filter((tool) => tool.mode === 'read-only').map((tool) => tool.name),
  );
  await page.goto('ai-agents/');
  // The guide's example: the first read-only tool that takes a path parameter.
  const example = readOnly.find((tool) => tool.request.pathParameters.length > 0);
  await expect(
    page.locator('.expressive-code').getByText(`"name": "${example?.name ?? 'none'}"`),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'agent-tools.json', exact: true })).toHaveAttribute(
    'href',
    /agent-tools\.json$/,
  );
});

test('the AI agents guide offers the MCP server first, as a file the site serves', async ({
  request,
  page,
}) => {
  await page.goto('ai-agents/');
  expect(await page.locator('main .sl-markdown-content h2').first().textContent()).toMatch(
    /MCP server/,
  );
  const link = page.getByRole('link', { name: 'sessiondock-mcp.mjs' }).first();
  const response = await request.get(
    new URL(String(await link.getAttribute('href')), page.url()).href,
  );
  expect(response.status()).toBe(200);
  expect((await response.text()).startsWith('#!/usr/bin/env node')).toBe(true);
});

test("a new reader lands on the quickstart: first in the sidebar and behind the home page's first button", async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'Make your first request' })).toHaveAttribute(
    'href',
    /(^|\/)quickstart\/$/,
  );
  await page.goto('installation/');
  const first = page.getByRole('navigation', { name: 'Main' }).locator('a[href$="/quickstart/"]');
  await expect(first).toHaveText('Quickstart');
  expect(guides[0]).toBe('quickstart');
});

test("the session fields table says what the contract's Session schema requires, with its Not confirmed note", async ({
  page,
}) => {
  const contract = parseContractText(
    readFileSync(siteConfig.contractPath, 'utf8'),
    siteConfig.contractPath,
  ) as {
    components: {
      schemas: {
        Session: {
          required: string[];
          properties: Record<string, unknown>;
          'x-unverified': string;
        };
      };
    };
  };
  const session = contract.components.schemas.Session;
  await page.goto('sessions-endpoints/');
  const section = page.locator('table', {
    has: page.getByRole('columnheader', { name: 'In every answer' }),
  });
  for (const field of Object.keys(session.properties)) {
    const row = section.getByRole('row', { name: new RegExp(`^${field} `) });
    await expect(row.getByRole('cell').nth(1), field).toHaveText(
      session.required.includes(field) ? 'always' : 'may be missing',
    );
  }
  await expect(page.getByText(`Not confirmed: ${session['x-unverified'].trim()}`)).toBeVisible();
});

test('the sandbox the guide links runs alone from an empty folder with node', async ({
  page,
  request,
}) => {
  await page.goto('sandbox/');
  const link = page.getByRole('link', { name: 'sessiondock-sandbox.mjs' }).first();
  const download = await request.get(
    new URL((await link.getAttribute('href')) ?? '', page.url()).href,
  );
  expect(download.status()).toBe(200);
  const folder = mkdtempSync(join(tmpdir(), 'sandbox-download-'));
  writeFileSync(join(folder, 'sessiondock-sandbox.mjs'), await download.body());
  const { NODE_PATH: _path, NODE_OPTIONS: _options, ...env } = process.env;
  const child = spawn(process.execPath, ['sessiondock-sandbox.mjs', '--port', '0', '--quiet'], {
    cwd: folder,
    env,
  });
  try {
    const baseUrl = await new Promise<string>((resolve, reject) => {
      let stdout = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const url = /on (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/.exec(stdout)?.[1];
        if (url) resolve(url);
      });
      child.once('exit', (code) => reject(new Error(`the downloaded sandbox exited with ${code}`)));
    });
    const health = await fetch(`${baseUrl}/health`, {
      headers: { Authorization: 'Bearer sessiondock-sandbox-token' },
    });
    expect(health.status).toBe(200);
    expect(((await health.json()) as { data: { status: string } }).data.status).toBe('ok');
  } finally {
    child.kill('SIGTERM');
  }
});
