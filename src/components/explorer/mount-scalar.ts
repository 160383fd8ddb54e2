/**
 * Scalar's API reference mounted into the explorer's container, with the in-page mock offered as
 * a server. Imported only when the reader opens the explorer. Scalar itself is its own prebuilt
 * browser build, published by `integrations/scalar-bundle/` and imported here from its URL (it
 * injects its styles itself), so the site's build never bundles it.
 */
import type { createApiReference as CreateApiReference } from '@scalar/api-reference';
import type { ApiModel } from '../../lib/openapi/model.ts';
import { SANDBOX_TOKEN } from '../../../mocks/selection/sandbox-token.ts';

type Fetch = (request: Request) => Promise<Response>;

/** Where the explorer finds the contract, the model and the mock (the container's data attributes). */
export interface ExplorerSources {
  /** Scalar's ES module entry. */
  scalarUrl: string;
  specUrl: string;
  modelUrl: string;
  mockPath: string;
  documentedBase: string;
  servers: Array<{ url: string; description: string }>;
}

/** Reads the container's data attributes, written by `explorer.astro` from the model. */
export function readExplorerSources(container: HTMLElement): ExplorerSources {
  const {
    scalarUrl = '',
    contractUrl: specUrl = '',
    modelUrl = '',
    mockPath = '',
    documentedBase = '',
    servers = '[]',
  } = container.dataset;
  return {
    scalarUrl,
    specUrl,
    modelUrl,
    mockPath,
    documentedBase,
    servers: JSON.parse(servers) as ExplorerSources['servers'],
  };
}

/** A fetch that sends requests for the in-page mock's base to the mock (loaded on first use), all others to the network. */
function createRoutedFetch(sources: ExplorerSources, mockBase: string): typeof fetch {
  let mock: Promise<Fetch> | undefined;
  const loadMock = (): Promise<Fetch> => {
    mock ??= (async () => {
      const [{ createBrowserMock }, model] = await Promise.all([
        import('../../../mocks/handlers/create-browser-mock.ts'),
        fetch(sources.modelUrl).then((response) => response.json() as Promise<ApiModel>),
      ]);
      return createBrowserMock(model, sessionStorage).fetch;
    })();
    return mock;
  };
  const routed = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    if (!request.url.startsWith(mockBase)) return fetch(request);
    const answer = await loadMock();
    return answer(
      new Request(`${sources.documentedBase}${request.url.slice(mockBase.length)}`, request),
    );
  };
  return routed;
}

/** Loads Scalar's browser build; zod's jitless switch (read from a global) is set before it runs. */
async function loadScalar(url: string): Promise<typeof CreateApiReference> {
  // Scalar validates with zod, which probes once for eval (`Function('')`): under the site's
  // Content-Security-Policy the probe is blocked and reported as a violation. jitless skips it.
  const global = globalThis as { __zod_globalConfig?: Record<string, unknown> };
  global.__zod_globalConfig = { ...global.__zod_globalConfig, jitless: true };
  const scalar = (await import(/* @vite-ignore */ url)) as {
    createApiReference: typeof CreateApiReference;
  };
  return scalar.createApiReference;
}

/** Renders Scalar's reference of the whole contract into `container`. */
export async function mountScalar(container: HTMLElement): Promise<void> {
  const sources = readExplorerSources(container);
  const mockBase = new URL(sources.mockPath, location.href).href;
  const createApiReference = await loadScalar(new URL(sources.scalarUrl, location.href).href);
  createApiReference(container, {
    url: sources.specUrl,
    servers: [
      ...sources.servers,
      {
        url: mockBase,
        description: `Mock in this page: nothing leaves your browser (token ${SANDBOX_TOKEN})`,
      },
    ],
    customFetch: createRoutedFetch(sources, mockBase),
    withDefaultFonts: false,
    telemetry: false,
    hideClientButton: false,
    persistAuth: false,
    documentDownloadType: 'none',
    defaultOpenAllTags: true,
    agent: { disabled: true },
    mcp: { disabled: true },
    // The toolbar and developer tools link to Scalar's hosted services.
    showDeveloperTools: 'never',
  });
}
