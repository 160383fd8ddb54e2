/**
 * The regex engine Shiki highlights the site's code blocks with (through Expressive Code).
 * Oniguruma, not Shiki's JavaScript engine: with the JavaScript engine the colours of a block
 * depended on the order in which the build happened to highlight the blocks before it, so two
 * builds of the same sources differed (bench/README.md, "Shiki: the same colours in every build").
 */
export const shikiEngine: 'oniguruma' | 'javascript' = 'oniguruma';
