/**
 * Astro-side glue for the Markdown twins: the guides from the content collection and the contract
 * model, turned into one list that the twin routes, llms.txt and the page link all read.
 */
import { getCollection } from 'astro:content';
import { siteConfig } from '../../site.config.ts';
import { agentToolValues } from '../lib/agent-tools/agent-tool-values.ts';
import { buildTwins, type TwinDocument } from '../lib/markdown-twins/build-twins.ts';
import { guideTwinComponents } from '../lib/guides/guide-twin-components.ts';
import { parsedContract } from '../lib/openapi/parsed-contract.ts';
import { apiModel, contractSource, contractText } from './api-model.ts';
import { guideSlugsInOrder } from './guide-sidebar.ts';
import { referenceWords } from './reference-words.ts';

const order = ['', ...guideSlugsInOrder().map((slug) => `${slug}/`)];
/** Home page first, then the sidebar's order; pages outside the sidebar last. */
const rank = (route: string) => (order.includes(route) ? order.indexOf(route) : order.length);

let twins: Promise<TwinDocument[]> | undefined;

/** Every page's twin (computed once per build); with the guides off, the reference's only. */
export function loadTwins(): Promise<TwinDocument[]> {
  twins ??= (async () => {
    const entries = siteConfig.guides ? await getCollection('docs') : [];
    const guides = entries
      .map((entry) => ({
        route: entry.id === 'index' ? '' : `${entry.id}/`,
        title: entry.data.title,
        description: entry.data.description,
        body: entry.body ?? '',
      }))
      .sort((a, b) => rank(a.route) - rank(b.route) || a.route.localeCompare(b.route));
    return buildTwins(guides, apiModel, {
      basePath: siteConfig.basePath,
      values: agentToolValues(apiModel),
      components: guideTwinComponents(parsedContract(contractText, contractSource)),
      words: referenceWords,
    });
  })();
  return twins;
}
