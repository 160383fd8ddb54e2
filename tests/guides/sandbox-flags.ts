import { failureFlagOf } from '../../mocks/app/mock-flags.ts';

/** The sandbox flags (PATCH /_sandbox/flags) behind each `sandbox=` state a code block may ask for. */
export function toSandboxFlags(states: readonly string[]): Record<string, unknown> {
  const flags: Record<string, unknown> = {};
  const services: Record<string, boolean> = {};
  for (const state of states) {
    if (state === 'read-only')
      Object.assign(flags, { configuredMode: 'read-only', effectiveMode: 'read-only' });
    else if (state === 'downgraded')
      Object.assign(flags, { configuredMode: 'full-automation', effectiveMode: 'read-only' });
    else if (state.endsWith('-fails'))
      flags[failureFlagOf(`${state.replace(/-fails$/, '').replaceAll('-', '_')}_failed`)] = true;
    else if (state.endsWith('-unavailable')) services[state.replaceAll('-', '_')] = false;
    else throw new Error(`unknown sandbox state "${state}"`);
  }
  if (Object.keys(services).length > 0) flags.services = services;
  return flags;
}
