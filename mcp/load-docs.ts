import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { agentToolValues } from '../src/lib/agent-tools/agent-tool-values.ts';
import { guideTwinComponents } from '../src/lib/guides/guide-twin-components.ts';
import { parsedContract } from '../src/lib/openapi/parsed-contract.ts';
import { buildTwins } from '../src/lib/markdown-twins/build-twins.ts';
import type { GuideSource } from '../src/lib/markdown-twins/mdx-to-markdown.ts';
import type { ApiModel } from '../src/lib/openapi/model.ts';
import { guideSlugsInOrder } from '../src/data/guide-sidebar.ts';
import { referenceWords } from '../src/data/reference-words.ts';
import type { DocsData } from './docs-data.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** The contract the docs describe: its model, and its text and path for the guides' markers. */
export interface DocsContract {
  model: ApiModel;
  text: string;
  source: string;
}

/**
 * The site's Markdown twins, built from the guides in `contentDir` and the contract as the site
 * builds them (same converter, components and order: home, then the sidebar's, then the rest).
 */
export function loadDocs(
  contentDir: string,
  contract: DocsContract,
  site: { siteUrl: string; basePath: string },
): DocsData {
  const { model } = contract;
  const order = ['', ...guideSlugsInOrder().map((slug) => `${slug}/`)];
  const rank = (route: string) => (order.includes(route) ? order.indexOf(route) : order.length);
  const guides = readGuides(contentDir).sort(
    (a, b) => rank(a.route) - rank(b.route) || a.route.localeCompare(b.route),
  );
  const twins = buildTwins(guides, model, {
    basePath: site.basePath,
    values: agentToolValues(model),
    components: guideTwinComponents(parsedContract(contract.text, contract.source)),
    words: referenceWords,
  });
  const base = site.basePath.replace(/^\/*|\/*$/g, '');
  return { siteUrl: `${site.siteUrl.replace(/\/+$/, '')}/${base === '' ? '' : `${base}/`}`, twins };
}

function readGuides(contentDir: string): GuideSource[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => {
      const text = readFileSync(join(contentDir, file), 'utf8');
      const match = FRONTMATTER.exec(text);
      const data = (match ? parse(match[1] ?? '') : {}) as {
        title?: unknown;
        description?: unknown;
      };
      const slug = relative('.', file)
        .split(sep)
        .join('/')
        .replace(/\.mdx?$/, '')
        .replace(/(^|\/)index$/, '');
      return {
        route: slug === '' ? '' : `${slug}/`,
        title: typeof data.title === 'string' ? data.title : slug,
        description: typeof data.description === 'string' ? data.description : undefined,
        body: match ? text.slice(match[0].length) : text,
      };
    });
}
