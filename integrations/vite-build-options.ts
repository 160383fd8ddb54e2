import type { ViteUserConfig } from 'astro';

/** Vite's build options for the site: size warnings and bundler notes that are real problems only. */
export const viteBuildOptions: NonNullable<ViteUserConfig['build']> = {
  // Only the explorer page loads Scalar's bundle (about 3.6 MB); every other page stays small,
  // and the page-weight budgets in the tests are the real guard.
  chunkSizeWarningLimit: 4000,
  rolldownOptions: {
    // Astro's MDX modules carry a "use astro:head-inject" directive that the bundler warns
    // about on every build although Astro handles it; keep the build output to real problems.
    onLog(level, log, handler) {
      if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
    },
  },
};
