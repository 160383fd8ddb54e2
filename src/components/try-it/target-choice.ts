/**
 * Where the panel sends, remembered for the visit (sessionStorage: this tab, until it closes) so
 * the choice holds across operation pages. Neither value is a secret; the token lives elsewhere.
 */
export type Target = 'mock' | 'app';

const TARGET_KEY = 'sessiondock-docs:target';
const BASE_URL_KEY = 'sessiondock-docs:base-url';

function read(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Storage may be disabled; the choice then lasts for this page only.
  }
}

/** The target chosen earlier in this visit, or the mock. */
export function readTarget(): Target {
  return read(TARGET_KEY) === 'app' ? 'app' : 'mock';
}

/** Remembers the target for the rest of the visit. */
export function saveTarget(target: Target): void {
  write(TARGET_KEY, target);
}

/** The base URL of the reader's app chosen earlier in this visit, if any. */
export function readBaseUrl(): string | null {
  return read(BASE_URL_KEY);
}

/** Remembers the base URL of the reader's app for the rest of the visit. */
export function saveBaseUrl(url: string): void {
  write(BASE_URL_KEY, url);
}
