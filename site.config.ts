/**
 * The site's settings, in one place. Each can be overridden from the environment at build time:
 *   DOCS_BASE      base path the site is served under (default `/docs`, as on the published site;
 *                  `/` for a host that serves it at the root)
 *   DOCS_SITE      absolute origin of the deployed site, for canonical URLs and the sitemap
 *   DOCS_CONTRACT  the OpenAPI contract the reference is generated from
 *   DOCS_GUIDES    `on` (default) or `off`: whether the hand-written guides are built. They are
 *                  SessionDock's and link to its operations, so another contract needs `off`; the
 *                  home page then points at the reference.
 *
 * Product words: SessionDock's when the contract is SessionDock's (DOCS_CONTRACT unset or
 * `openapi/sessiondock.openapi.yaml`), neutral for any other contract, each overridable:
 *   DOCS_PRODUCT            product name in page and panel copy (`SessionDock`; none otherwise)
 *   DOCS_TITLE              site title (`SessionDock Developer Docs`; else `<contract title> reference`)
 *   DOCS_DESCRIPTION        the site's meta description (SessionDock's; else the contract's first sentence)
 *   DOCS_LOGO               the header logo, a path from the project root (SessionDock's mark; else none)
 *   DOCS_TOKEN_VARIABLE     environment variable the samples read a bearer token from
 *                           (`SESSIONDOCK_TOKEN`; else named after the security scheme)
 *   DOCS_TOKEN_LABEL        what the samples call that token (`Local API token`; else `token`)
 *   DOCS_BASE_URL_VARIABLE  environment variable the guides' examples read the base URL from
 *                           (`SESSIONDOCK_BASE_URL`; none otherwise)
 *   DOCS_MODE_EXTENSION     the operation extension that names the access mode an operation needs
 *                           (`x-sessiondock-mode`; none otherwise). `off` for none.
 */
const env: Readonly<Record<string, string | undefined>> =
  typeof process === 'undefined' ? {} : process.env;

const SESSIONDOCK_CONTRACT = 'openapi/sessiondock.openapi.yaml';

function normalizeBase(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}`;
}

/** `off`, `false`, `0` and `no` switch a setting off; anything else (or nothing) keeps the default. */
function readSwitch(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  return !/^(?:off|false|0|no)$/i.test(value.trim());
}

/** A setting that may be switched off: `off` (or an empty value) gives none. */
function readOptional(value: string | undefined, fallback: string | undefined): string | undefined {
  if (value === undefined) return fallback;
  return value.trim() === '' || /^off$/i.test(value.trim()) ? undefined : value.trim();
}

const contractPath = env.DOCS_CONTRACT ?? SESSIONDOCK_CONTRACT;
const isSessionDockContract = contractPath.replace(/^\.\//, '') === SESSIONDOCK_CONTRACT;
const productName = readOptional(
  env.DOCS_PRODUCT,
  isSessionDockContract ? 'SessionDock' : undefined,
);

/** The words the generated pages, samples and panel use for the product; see the comment above. */
export interface ProductWords {
  /** The product's name in copy, or undefined for neutral wording. */
  name: string | undefined;
  /** The site title; undefined means `<contract title> reference`. */
  title: string | undefined;
  /** The site's description; undefined means the contract's first sentence. */
  description: string | undefined;
  /** The header logo (a path from the project root), if any. */
  logo: string | undefined;
  /** The environment variable of a bearer token; undefined derives one from the scheme's name. */
  tokenVariable: string | undefined;
  /** What the samples call a bearer token (`Local API token`); undefined means `token`. */
  tokenLabel: string | undefined;
  /** The environment variable the guides' examples read the base URL from, if any. */
  baseUrlVariable: string | undefined;
  /** The operation extension (`x-…`) that names the mode an operation needs, if any. */
  modeExtension: string | undefined;
  /** How the try-it panel names its two targets: the mock and the reader's own app. */
  panel: { mock: string; app: string; tokenSource: string };
}

export const siteConfig = {
  basePath: normalizeBase(env.DOCS_BASE ?? '/docs'),
  siteUrl: env.DOCS_SITE ?? 'https://app.sessiondock.com',
  contractPath,
  guides: readSwitch(env.DOCS_GUIDES, true),
  product: {
    name: productName,
    title: readOptional(
      env.DOCS_TITLE,
      productName === undefined ? undefined : `${productName} Developer Docs`,
    ),
    description: readOptional(
      env.DOCS_DESCRIPTION,
      isSessionDockContract
        ? 'Guides, a Local API reference generated from its OpenAPI contract, and a mock you can call from the page: everything to script SessionDock from tools, launchers and AI agents.'
        : undefined,
    ),
    logo: readOptional(
      env.DOCS_LOGO,
      isSessionDockContract ? './src/assets/sessiondock-mark.svg' : undefined,
    ),
    tokenVariable: readOptional(
      env.DOCS_TOKEN_VARIABLE,
      isSessionDockContract ? 'SESSIONDOCK_TOKEN' : undefined,
    ),
    tokenLabel: readOptional(
      env.DOCS_TOKEN_LABEL,
      isSessionDockContract ? 'Local API token' : undefined,
    ),
    baseUrlVariable: readOptional(
      env.DOCS_BASE_URL_VARIABLE,
      isSessionDockContract ? 'SESSIONDOCK_BASE_URL' : undefined,
    ),
    modeExtension: readOptional(
      env.DOCS_MODE_EXTENSION,
      isSessionDockContract ? 'x-sessiondock-mode' : undefined,
    ),
    panel:
      productName === undefined
        ? { mock: 'a mock of this API', app: 'My server', tokenSource: 'Paste your token' }
        : {
            mock: `a mock of ${productName}`,
            app: `My ${productName}`,
            tokenSource: `Paste the token from ${productName}'s Settings`,
          },
  } satisfies ProductWords,
} as const;
