/**
 * The reader's SessionDock token: in memory by default; kept in sessionStorage (this tab only)
 * when the reader opts in; never in localStorage, cookies or the URL (browser rules 10-12 of
 * ../shared/browser-rules.md: where the token may be kept, that it is sent only to the configured
 * local origin, and a visible "forget token").
 */
const STORAGE_KEY = 'sessiondock-docs:token';

export interface TokenStore {
  get(): string;
  set(token: string): void;
  /** Whether the token survives a page change in this tab. */
  remembered(): boolean;
  setRemembered(remember: boolean): void;
  forget(): void;
}

/** A token store over the given session storage (injected so tests can observe it). */
export function createTokenStore(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
): TokenStore {
  let token = safely(() => storage?.getItem(STORAGE_KEY)) ?? '';
  let remember = token !== '';
  const persist = () => {
    safely(() =>
      remember && token ? storage?.setItem(STORAGE_KEY, token) : storage?.removeItem(STORAGE_KEY),
    );
  };
  return {
    get: () => token,
    set(next) {
      token = next;
      persist();
    },
    remembered: () => remember,
    setRemembered(next) {
      remember = next;
      persist();
    },
    forget() {
      token = '';
      remember = false;
      persist();
    },
  };
}

/** Storage can throw (disabled cookies, private modes): the panel works without it. */
function safely<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}
