// Astro's configuration. Its parts are typed TypeScript modules; this file only puts them together.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import { siteConfig } from './site.config.ts';
import { apiModel } from './src/data/api-model.ts';
import { buildReferenceSidebar } from './src/lib/reference/sidebar-groups.ts';
import { guideSidebar } from './src/data/guide-sidebar.ts';
import { linkCheck } from './integrations/link-check/index.ts';
import { contentSecurityPolicy } from './integrations/csp/index.ts';
import { viteBuildOptions } from './integrations/vite-build-options.ts';

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  vite: { build: viteBuildOptions },
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
    linkCheck(),
    // Last: it hashes the inline scripts of the pages as every other integration left them.
    contentSecurityPolicy(),
  ],
});
