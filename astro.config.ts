import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { siteConfig } from './site.config.ts';
import { apiModel } from './src/data/api-model.ts';
import { buildReferenceSidebar } from './src/lib/reference/sidebar-groups.ts';
import { guideSidebar } from './src/data/guide-sidebar.ts';
import { linkCheck } from './integrations/link-check/index.ts';
import { contentSecurityPolicy } from './integrations/csp/index.ts';
import { nodeScripts } from './integrations/node-scripts/index.ts';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  vite: {
    build: {
      // Only the explorer page loads Scalar's bundle (about 3.6 MB); every other page stays small,
      // and the page-weight budgets in the tests are the real guard.
      chunkSizeWarningLimit: 4000,
      rollupOptions: {
        // Astro's MDX modules carry a "use astro:head-inject" directive that the bundler warns
        // about on every build although Astro handles it; keep the build output to real problems.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [
    starlight({
      title: 'SessionDock Developer Docs',
      description:
        'Guides, a Local API reference generated from its OpenAPI contract, and a mock you can call from the page: everything to script SessionDock from tools, launchers and AI agents.',
      favicon: '/favicon.svg',
      logo: { src: './src/assets/sessiondock-mark.svg', alt: '' },
      customCss: ['./src/styles/site.css'],
      lastUpdated: false,
      pagefind: true,
      sidebar: [...guideSidebar, buildReferenceSidebar(apiModel)],
      components: { EditLink: './src/components/starlight/EditLink.astro' },
      routeMiddleware: './src/route-middleware.ts',
    }),
    // Before the link check, so that guides may link the published scripts.
    nodeScripts({ model: apiModel }),
    linkCheck(),
    // Last: it hashes the inline scripts of the pages as every other integration left them.
    contentSecurityPolicy(),
  ],
});
