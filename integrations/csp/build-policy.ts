/** A Content-Security-Policy as directive name → sources, in the order they are written. */
export type Policy = ReadonlyArray<readonly [directive: string, sources: readonly string[]]>;

/**
 * Origins the try-it panel may call: the reader's SessionDock on loopback. The base URL is
 * editable, so any port; both loopback names, since the reader may type `localhost`.
 */
export const LOCAL_APP_SOURCES = ['http://127.0.0.1:*', 'http://localhost:*'];

// Directives a `<meta>` policy cannot carry (CSP3 §4.2: the browser ignores them there, with a warning).
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * The site's policy from the hash sources (`'sha256-…'`) of every inline script of the site:
 * scripts only from the site's own files or by hash, never `eval`.
 */
export function buildPolicy(scriptHashes: Iterable<string>): Policy {
  return [
    ['default-src', ["'self'"]],
    // Pagefind (Starlight's search) compiles WebAssembly: 'wasm-unsafe-eval' allows that and not eval().
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...sorted(scriptHashes)]],
    // Inline styles are allowed, not hashed: Expressive Code colours every token with a `style`
    // attribute, and Scalar (on /explorer/) injects `<style>` elements at run time. Relaxing that
    // for one page only is not portable: static hosts disagree on how overlapping `_headers` rules
    // combine (Netlify keeps the last, Cloudflare Pages enforces both).
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['connect-src', ["'self'", ...LOCAL_APP_SOURCES]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ];
}

/** The policy as a header value, or as a `<meta>` value (without the directives meta cannot carry). */
export function formatPolicy(policy: Policy, delivery: 'header' | 'meta'): string {
  return policy
    .filter(([directive]) => delivery === 'header' || !HEADER_ONLY.has(directive))
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');
}

function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}
