/**
 * What Starlight is told about the site (title, description, logo, sidebar), from site.config.ts
 * and the contract: SessionDock's words for SessionDock's contract, the contract's own otherwise.
 * astro.config.ts reads it, so that file keeps no product words.
 */
import { siteConfig } from '../../site.config.ts';
import { buildReferenceSidebar } from '../lib/reference/sidebar-groups.ts';
import { toPlainText } from '../lib/markdown/render-markdown.ts';
import { apiModel } from './api-model.ts';
import { guideSidebar } from './guide-sidebar.ts';

const { product } = siteConfig;

/** The first sentence of the contract's description as plain text, or a sentence about the API. */
function contractSummary(): string {
  const first = toPlainText(apiModel.description ?? '')
    .split(/(?<=\.)\s/)[0]
    ?.trim();
  return (
    first ||
    `The reference of ${apiModel.title} ${apiModel.version}, generated from its OpenAPI contract.`
  );
}

export const siteIdentity = {
  title: product.title ?? `${apiModel.title} reference`,
  description: product.description ?? contractSummary(),
  logo: product.logo === undefined ? undefined : { src: product.logo, alt: '' },
  sidebar: [...(siteConfig.guides ? guideSidebar : []), buildReferenceSidebar(apiModel)],
};
