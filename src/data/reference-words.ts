/** The product words of site.config.ts, as the reference generators take them. */
import { siteConfig } from '../../site.config.ts';
import type { ReferenceWords } from '../lib/reference/reference-words.ts';

export const referenceWords: ReferenceWords = {
  productName: siteConfig.product.name,
  tokenVariable: siteConfig.product.tokenVariable,
  tokenLabel: siteConfig.product.tokenLabel,
  modeExtension: siteConfig.product.modeExtension,
};
