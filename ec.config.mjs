// Expressive Code's options, here rather than in astro.config.mjs: the Shiki transformer in them
// is a function, and options holding one must come from this file for the `<Code>` component.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { shikiOptions } from './src/lib/highlight/shiki-options.ts';

export default defineEcConfig({ shiki: shikiOptions });
