import { readFileSync } from 'node:fs';
import { siteConfig } from '../../site.config.ts';

/**
 * Every page of the production build, from its sitemap, as paths relative to the base path
 * (`''` for the home page, `installation/`…), so page-by-page tests grow with the site.
 */
export function listBuiltPages(distDir = 'dist'): string[] {
  const xml = readFileSync(`${distDir}/sitemap-0.xml`, 'utf8');
  const base = siteConfig.basePath === '/' ? '/' : `${siteConfig.basePath}/`;
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const path = new URL(match[1] ?? '').pathname;
    if (`${path}/` === base) return '';
    return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  });
}
