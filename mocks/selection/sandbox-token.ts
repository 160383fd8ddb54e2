/**
 * The one bearer token the mock and the sandbox server accept. It is public on purpose: the mock
 * holds no secrets, and a documented token lets curl samples work against the sandbox as written.
 */
export const SANDBOX_TOKEN = 'sessiondock-sandbox-token';
