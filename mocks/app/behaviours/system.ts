import type { Behaviour } from '../behaviour.ts';

/** GET /health: the simulated app's modes, where it answers, and the requests it answered before this one (oldest first). */
export const getHealth: Behaviour = ({ state, apiBase }) => {
  const url = new URL(apiBase);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return {
    data: {
      status: 'ok',
      running: true,
      configuredMode: state.flags.configuredMode,
      effectiveMode: state.flags.effectiveMode,
      port,
      baseUrl: apiBase,
      docsUrl: `${url.origin}/docs`,
      requestCount: state.requests.count,
      recentRequests: state.requests.recent,
      ...(state.requests.lastError ? { lastError: state.requests.lastError } : {}),
    },
  };
};
