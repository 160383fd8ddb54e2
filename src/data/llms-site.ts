/** What llms.txt and llms-full.txt say about the site around their links. */
import { siteConfig } from '../../site.config.ts';
import type { LlmsSite } from '../lib/markdown-twins/llms-txt.ts';
import { apiModel } from './api-model.ts';
import { siteIdentity } from './site-identity.ts';

const TWIN_NOTE =
  'Every page of this site has a Markdown twin: the page URL without its trailing slash, plus `.md`.';

/** The site description for llms.txt, with absolute URLs under `site` (Astro's `site`). */
export function llmsSite(site: URL | undefined): LlmsSite {
  const origin = site?.origin ?? siteConfig.siteUrl;
  const base = siteConfig.basePath.replace(/\/+$/, '');
  const server = apiModel.servers[0]?.url ?? 'http://127.0.0.1:18432/api/v1';
  const { product } = siteConfig;
  if (product.name !== 'SessionDock') {
    return {
      title: siteIdentity.title,
      summary: siteIdentity.description,
      baseUrl: `${origin}${base}/`,
      notes: [TWIN_NOTE],
      extras: [
        [
          'Everything in one file',
          'llms-full.txt',
          `${siteConfig.guides ? 'all guides and ' : ''}the whole reference as Markdown`,
        ],
        ['OpenAPI contract', 'openapi.json', 'the contract the reference is generated from'],
        ['Agent tool definitions', 'agent-tools.json', 'one function-calling tool per operation'],
      ],
    };
  }
  return {
    title: siteIdentity.title,
    summary: `Guides and the generated reference for the SessionDock Local API: a JSON API the SessionDock desktop app serves on the user's own machine at ${server}, for scripts, launchers and AI agents.`,
    baseUrl: `${origin}${base}/`,
    notes: [
      "Every request carries `Authorization: Bearer <token>` (the token is shown in SessionDock's Settings). Call `GET /health` first: its `effectiveMode` (`disabled`, `read-only` or `full-automation`) says whether writes are allowed; writes in read-only mode answer 403 `read_only`.",
      `Examples read the base URL from \`${product.baseUrlVariable ?? ''}\` and the token from \`${product.tokenVariable ?? ''}\`. ${TWIN_NOTE}`,
    ],
    extras: [
      ['Everything in one file', 'llms-full.txt', 'all guides and the whole reference as Markdown'],
      ['OpenAPI contract', 'openapi.json', 'the contract the reference is generated from'],
      [
        'Agent tool definitions',
        'agent-tools.json',
        'one function-calling tool per operation (read-only subset: agent-tools.read-only.json)',
      ],
    ],
  };
}
