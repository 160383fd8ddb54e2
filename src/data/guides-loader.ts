/**
 * The docs collection: the hand-written guides (Starlight's loader), or, with DOCS_GUIDES=off,
 * only a home page generated from the contract that leads to the reference, so that no guide
 * page, sidebar entry, twin or llms.txt entry is built.
 */
import { docsLoader } from '@astrojs/starlight/loaders';
import type { Loader } from 'astro/loaders';
import { siteConfig } from '../../site.config.ts';
import { renderMarkdown } from '../lib/markdown/render-markdown.ts';
import { apiModel } from './api-model.ts';
import { siteIdentity } from './site-identity.ts';

/** A home page with the contract's title, description (rendered as safe Markdown) and a link to the reference. */
function referenceHomeLoader(): Loader {
  return {
    name: 'reference-home-loader',
    load: async (context) => {
      context.store.clear();
      const data = await context.parseData({
        id: 'index',
        data: {
          title: siteIdentity.title,
          description: siteIdentity.description,
          template: 'splash',
          hero: {
            tagline: `${apiModel.title} ${apiModel.version}`,
            actions: [{ text: 'Browse the API reference', link: 'api-reference/' }],
          },
        },
      });
      context.store.set({
        id: 'index',
        data,
        rendered: { html: renderMarkdown(apiModel.description ?? '', { headingLevel: 2 }) },
      });
    },
  };
}

/** The loader of Starlight's docs collection, as DOCS_GUIDES says. */
export function guidesLoader(): Loader {
  return siteConfig.guides ? docsLoader() : referenceHomeLoader();
}
