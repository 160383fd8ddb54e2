import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { trimReferenceSidebar } from './lib/reference/trim-reference-sidebar.ts';

/**
 * Starlight route middleware (`routeMiddleware` in astro.config.mjs): above a hundred operations,
 * each page's sidebar lists only its own group's operations, so a page's size stays the same as
 * the contract grows. Starlight hands each page its own copy of the route data.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.sidebar = trimReferenceSidebar(route.sidebar);
});
