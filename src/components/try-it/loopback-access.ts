/**
 * What the browser lets this page do with the reader's own machine (Local Network Access).
 * See shared browser rules: only `loopback-network` is queried (the legacy name crashes old
 * Chromium renderers), always inside try/catch since unknown permission names throw.
 */
export type LoopbackPermission = 'granted' | 'prompt' | 'denied' | 'unknown';

/** Reads the `loopback-network` permission state without ever throwing. */
export async function readLoopbackPermission(permissions = globalThis.navigator?.permissions): Promise<LoopbackPermission> {
  if (!permissions?.query) return 'unknown';
  try {
    const status = await permissions.query({ name: 'loopback-network' as PermissionName });
    return status.state === 'granted' || status.state === 'prompt' || status.state === 'denied' ? status.state : 'unknown';
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
      void new Request('http://127.0.0.1/', { targetAddressSpace: 'loopback' } as RequestInit);
      targetAddressSpaceSupported = true;
    } catch {
      targetAddressSpaceSupported = false;
    }
  }
  return targetAddressSpaceSupported;
}

/** Whether this page may reach loopback at all: public http:// pages are refused by the browser. */
export function isPageOriginAllowedLoopback(location: { protocol: string; hostname: string }): boolean {
  if (location.protocol === 'https:') return true;
  return ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname) || location.hostname.endsWith('.localhost');
}
