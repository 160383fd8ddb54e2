/**
 * The product words the generated reference and its twins use (site.config.ts `product`), passed
 * in so that the generators stay free of settings and of any one product. All optional: without
 * them the output is neutral.
 */
export interface ReferenceWords {
  /** The product's name, as in "Not confirmed by published SessionDock material". */
  productName?: string | undefined;
  /** The variable the samples read an http bearer token from. */
  tokenVariable?: string | undefined;
  /** What the samples call that token (`Local API token`); `token` without it. */
  tokenLabel?: string | undefined;
  /** The operation extension that names the mode an operation needs (`x-sessiondock-mode`). */
  modeExtension?: string | undefined;
}
