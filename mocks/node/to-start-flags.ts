import { failureFlagOf, toServiceName, type MockFlags } from '../app/mock-flags.ts';
import { SandboxOptionError, type SandboxOptions } from './sandbox-options.ts';

/** The starting flags a sandbox command line asks for; unknown service names are an error listing the known ones. */
export function toStartFlags(
  options: SandboxOptions,
  serviceCodes: readonly string[],
): Partial<MockFlags> {
  const services: Record<string, boolean> = {};
  for (const name of options.unavailable) {
    const code = serviceCodes.find(
      (candidate) => candidate === name || toServiceName(candidate) === name,
    );
    if (!code)
      throw new SandboxOptionError(
        `--unavailable: no service "${name}". Services: ${serviceCodes.map(toServiceName).join(', ')}.`,
      );
    services[code] = false;
  }
  const flags: Partial<MockFlags> = {
    ...(options.mode ? { configuredMode: options.mode } : {}),
    ...(options.effectiveMode ? { effectiveMode: options.effectiveMode } : {}),
    services,
  };
  for (const code of options.failing) flags[failureFlagOf(code)] = true;
  return flags;
}
