import { pageKey } from '../page-key.ts';
import { injectPolicyMeta } from './apply-policy.ts';
import { buildPolicy, formatPolicy } from './build-policy.ts';
import { findInlineScripts, hashSource } from './find-inline-scripts.ts';

/**
 * The hashes of the inline scripts of every page protected so far in this build. Kept on
 * `globalThis`: pages are protected by the middleware in the bundle that renders them, and the
 * `_headers` file is written by the integration, in the configuration's copy of this module.
 */
const SHARED = Symbol.for('sessiondock.csp.script-hashes');
/** The pages the middleware protected as they were rendered, by `pageKey`. */
const RENDERED = Symbol.for('sessiondock.csp.rendered-pages');
const shared = globalThis as { [SHARED]?: Set<string>; [RENDERED]?: Set<string> };

/** The hashes recorded by `protectPage` since the build started. */
export function siteScriptHashes(): Set<string> {
  const hashes = shared[SHARED] ?? new Set<string>();
  shared[SHARED] = hashes;
  return hashes;
}

/** Forgets the recorded hashes and pages: a new build starts. */
export function forgetScriptHashes(): void {
  shared[SHARED] = new Set();
  shared[RENDERED] = new Set();
}

/** Notes that the page served at `pathname` was protected as it was rendered. */
export function recordProtectedPage(pathname: string): void {
  const rendered = shared[RENDERED] ?? new Set<string>();
  shared[RENDERED] = rendered;
  rendered.add(pageKey(pathname));
}

/** Whether the page with this `pageKey` was protected as it was rendered. */
export function wasProtectedWhenRendered(key: string): boolean {
  return shared[RENDERED]?.has(key) ?? false;
}

/**
 * A page with the policy in a `<meta>` at the top of its `<head>`: the site's policy with the
 * hashes of this page's own inline scripts. Records them for the site-wide `_headers` policy.
 */
export function protectPage(html: string): string {
  const hashes = findInlineScripts(html).map(hashSource);
  const site = siteScriptHashes();
  for (const hash of hashes) site.add(hash);
  return injectPolicyMeta(html, formatPolicy(buildPolicy(hashes), 'meta'));
}
