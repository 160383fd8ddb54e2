/**
 * Scalar's API reference mounted into the explorer's container, with the in-page mock offered as
 * a server. Imported only when the reader opens the explorer: this module pulls in Scalar's
 * bundle and style sheet (about 1.1 MB gzip), which the page must not load to paint.
 */
import { createApiReference } from '@scalar/api-reference';
// As a URL, not a style import: Astro would link a style sheet imported by any module of the
// page's scripts from the page's head (dynamic imports included), blocking its first paint.
import scalarStyleUrl from '@scalar/api-reference/style.css?url';
import type { ApiModel } from '../../lib/openapi/model.ts';
import { SANDBOX_TOKEN } from '../../../mocks/selection/sandbox-token.ts';

type Fetch = (request: Request) => Promise<Response>;

/** Where the explorer finds the contract, the model and the mock (the container's data attributes). */
export interface ExplorerSources {
  specUrl: string;
  modelUrl: string;
  mockPath: string;
  documentedBase: string;
  servers: Array<{ url: string; description: string }>;
}

/** Reads the container's data attributes, written by `explorer.astro` from the model. */
export function readExplorerSources(container: HTMLElement): ExplorerSources {
  const { specUrl = '', modelUrl = '', mockPath = '', documentedBase = '', servers = '[]' } = container.dataset;
  return { specUrl, modelUrl, mockPath, documentedBase, servers: JSON.parse(servers) as ExplorerSources['servers'] };
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
    return answer(new Request(`${sources.documentedBase}${request.url.slice(mockBase.length)}`, request));
  };
  return routed as typeof fetch;
}

/** Adds Scalar's style sheet to the page and resolves once it has loaded (or failed: Scalar still works unstyled). */
function loadScalarStyle(): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = scalarStyleUrl;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
}

/** Renders Scalar's reference of the whole contract into `container`, once its style sheet is in. */
export async function mountScalar(container: HTMLElement): Promise<void> {
  await loadScalarStyle();
  const sources = readExplorerSources(container);
  const mockBase = new URL(sources.mockPath, location.href).href;
  createApiReference(container, {
    url: sources.specUrl,
    servers: [
      ...sources.servers,
      { url: mockBase, description: `Mock in this page: nothing leaves your browser (token ${SANDBOX_TOKEN})` },
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
