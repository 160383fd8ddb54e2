/**
 * How Shiki highlights the site's code blocks (through Expressive Code), for the build and for
 * the tests that highlight as the build does.
 *
 * The engine is Oniguruma. Builds with Shiki's JavaScript engine gave some blocks other colours
 * from one build to the next (bench/README.md, "Shiki: the same colours in every build"), with
 * the symptom of the time limit below, which a slower engine meets more often; that engine was
 * not tried again once the limit was lifted.
 *
 * No time limit per line. Shiki stops tokenizing a line after 500 ms by default and gives the
 * rest of the line the colour of the last token; on a loaded machine a garbage collection or
 * another process's turn on the CPU in the middle of a line is enough, so the same block came out
 * in other colours in one build of several (the dark theme's pass, in guides such as
 * `ai-agents`, "await readFile(…)" all in the keyword's colour). No line of ours needs a limit:
 * the longest takes well under a millisecond when it has the CPU.
 */
export const shikiEngine: 'oniguruma' | 'javascript' = 'oniguruma';

/** A Shiki transformer that lifts the time limit (textmate treats 0 as none). */
export const noTokenizeTimeLimit = {
  name: 'sessiondock:no-tokenize-time-limit',
  preprocess(_code: string, options: { tokenizeTimeLimit?: number }): void {
    options.tokenizeTimeLimit = 0;
  },
};

/** Expressive Code's `shiki` options. */
export const shikiOptions = { engine: shikiEngine, transformers: [noTokenizeTimeLimit] };
