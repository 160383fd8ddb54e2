/**
 * What the browser lets this page do with the reader's own machine (Local Network Access).
 * As ../shared/browser-rules.md says (rule 6: the permission state is read as `loopback-network`,
 * in try/catch): only `loopback-network` is queried (the legacy name crashes old Chromium
 * renderers), always inside try/catch since unknown permission names throw.
 */
export type LoopbackPermission = 'granted' | 'prompt' | 'denied' | 'unknown';

/** Reads the `loopback-network` permission state without ever throwing. */
export async function readLoopbackPermission(
  // Older Safari has no navigator.permissions, and Node no navigator, whatever the DOM types say.
  permissions = (globalThis.navigator as Navigator | undefined)?.permissions,
): Promise<LoopbackPermission> {
  if (!permissions?.query) return 'unknown';
  try {
    const status = await permissions.query({ name: 'loopback-network' as PermissionName });
    const state: string = status.state;
    return state === 'granted' || state === 'prompt' || state === 'denied' ? state : 'unknown';
  } catch {
    return 'unknown';
  }
}

let targetAddressSpaceSupported: boolean | undefined;

/**
 * Whether `fetch` accepts `targetAddressSpace: 'loopback'`. Older Chromium builds had another
 * enum and throw a TypeError for it, which would look like a network error: detect it once.
 * Browsers that do not know the option ignore it, so passing it there is harmless.
 */
export function supportsTargetAddressSpace(): boolean {
  if (targetAddressSpaceSupported === undefined) {
    try {
      new Request('http://127.0.0.1/', { targetAddressSpace: 'loopback' } as RequestInit);
      targetAddressSpaceSupported = true;
    } catch {
      targetAddressSpaceSupported = false;
    }
  }
  return targetAddressSpaceSupported;
}

/** Whether this page may reach loopback at all: public http:// pages are refused by the browser. */
export function isPageOriginAllowedLoopback(location: {
  protocol: string;
  hostname: string;
}): boolean {
  if (location.protocol === 'https:') return true;
  return (
    ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname) ||
    location.hostname.endsWith('.localhost')
  );
}
