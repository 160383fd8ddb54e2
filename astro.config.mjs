// Astro's configuration. Its parts are typed TypeScript modules; this file only puts them together.
import starlight from '@astrojs/starlight';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { siteConfig } from './site.config.ts';
import { apiModel, contractSource, contractText } from './src/data/api-model.ts';
import { siteIdentity } from './src/data/site-identity.ts';
import { installScanCache } from './src/lib/highlight/scan-cache.ts';
import { linkCheck } from './integrations/link-check/index.ts';
import { contentSecurityPolicy } from './integrations/csp/index.ts';
import { nodeScripts } from './integrations/node-scripts/index.ts';
import { scalarBundle } from './integrations/scalar-bundle/index.ts';
import { viteBuildOptions } from './integrations/vite-build-options.ts';

// Before any block is highlighted: Shiki's tokenizer scans each line once per grammar state, not
// once per theme and per page (src/lib/highlight/scan-cache.ts).
installScanCache();

export default defineConfig({
  site: siteConfig.siteUrl,
  base: siteConfig.basePath,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  vite: {
    resolve: {
      // The in-page mock never sets a cookie; msw's cookie store needs only this much of tough-cookie.
      alias: {
        'tough-cookie': fileURLToPath(
          new URL('./mocks/browser/tough-cookie-stub.ts', import.meta.url),
        ),
      },
    },
    build: viteBuildOptions,
  },
  integrations: [
    starlight({
      title: siteIdentity.title,
      description: siteIdentity.description,
      favicon: '/favicon.svg',
      ...(siteIdentity.logo ? { logo: siteIdentity.logo } : {}),
      customCss: ['./src/styles/site.css'],
      lastUpdated: false,
      pagefind: true,
      // Expressive Code's options are in ec.config.mjs.
      // Our own 404 page (src/pages/404.astro): search and the ways in, instead of Starlight's bare one.
      disable404Route: true,
      sidebar: siteIdentity.sidebar,
      components: { EditLink: './src/components/starlight/EditLink.astro' },
      routeMiddleware: './src/route-middleware.ts',
    }),
    // Before the link check, so that guides may link the published scripts.
    nodeScripts({ model: apiModel, text: contractText, source: contractSource }),
    scalarBundle(),
    linkCheck(),
    // Last: it hashes the inline scripts of the pages as every other integration left them.
    contentSecurityPolicy(),
  ],
});
