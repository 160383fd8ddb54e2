import type { ApiModel, OperationMode } from '../../src/lib/openapi/model.ts';
import { listFailureCodes, listServiceCodes } from '../selection/service-codes.ts';

/** The name of a flag that makes an action fail: `openFails`. */
export type FailureFlag = `${string}Fails`;

/** The simulated app's switches: what the Local API allows and which parts of the app work. */
export interface MockFlags {
  /** The mode chosen in the app's settings, as health reports it. */
  configuredMode: OperationMode;
  /** The mode the app actually grants; writes need `full-automation`. */
  effectiveMode: OperationMode;
  /** Availability per service, keyed by the code of its 501 response (`import_unavailable`…). */
  services: Record<string, boolean>;
  /**
   * One switch per action failure of the contract (a 400 example such as `open_failed`), named
   * from its code by `failureFlagOf` (`openFails`): on, the action answers that 400.
   */
  [flag: FailureFlag]: boolean;
}

/** Flags of a fresh mock over `model`: full automation, every service available, every action succeeds. */
export function createDefaultFlags(model: ApiModel): MockFlags {
  const flags: MockFlags = {
    configuredMode: 'full-automation',
    effectiveMode: 'full-automation',
    services: Object.fromEntries(listServiceCodes(model).map((code) => [code, true])),
  };
  for (const code of listFailureCodes(model)) flags[failureFlagOf(code)] = false;
  return flags;
}

/** Flags with a partial change applied; `services` merges per service. */
export function mergeFlags(flags: MockFlags, change: Partial<MockFlags>): MockFlags {
  return {
    ...flags,
    ...change,
    services: { ...flags.services, ...change.services },
  };
}

/** The short name of a service, as flags and the sandbox's `--unavailable` option write it: `import_unavailable` → `import`. */
export function toServiceName(code: string): string {
  return code.replace(/_unavailable$/, '').replace(/_/g, '-');
}

/** The flag that makes an action fail with a 400 code: `open_failed` → `openFails`, `focus_failed` → `focusFails`. */
export function failureFlagOf(code: string): FailureFlag {
  const verb = code
    .replace(/_failed$/, '')
    .replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());
  return `${verb}Fails`;
}

/** The short name of an action failure, as the sandbox's options write it: `open_failed` → `open`, `close_all_failed` → `close-all`. */
export function toFailureName(code: string): string {
  return code.replace(/_failed$/, '').replace(/_/g, '-');
}

/** True for the name of an action-failure flag (`openFails`). */
export function isFailureFlag(key: string): key is FailureFlag {
  return /^[a-z][A-Za-z0-9]*Fails$/.test(key);
}

/** The action-failure flags a set of flags has, in contract order (`openFails`, `focusFails`). */
export function listFailureFlags(flags: MockFlags): FailureFlag[] {
  return Object.keys(flags).filter(isFailureFlag);
}

const MODES = ['read-only', 'full-automation'];

/**
 * Checks a flag change received as JSON (sandbox control route, saved browser state): known
 * keys, known service codes, right types. Returns the change or a sentence saying what is wrong.
 */
export function toFlagChange(
  value: unknown,
  current: MockFlags,
): { change: Partial<MockFlags> } | { problem: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: 'The flags must be a JSON object.' };
  const change: Partial<MockFlags> = {};
  for (const [key, item] of Object.entries(value)) {
    if (key === 'configuredMode' || key === 'effectiveMode') {
      if (typeof item !== 'string' || !MODES.includes(item))
        return { problem: `${key} must be one of: ${MODES.join(', ')}.` };
      change[key] = item as MockFlags['effectiveMode'];
    } else if (isFailureFlag(key) && key in current) {
      if (typeof item !== 'boolean') return { problem: `${key} must be true or false.` };
      change[key] = item;
    } else if (key === 'services') {
      const services = toServices(item, current);
      if (typeof services === 'string') return { problem: services };
      change.services = services;
    } else {
      const names = ['configuredMode', 'effectiveMode', 'services', ...listFailureFlags(current)];
      return { problem: `${key} is not a flag. Flags: ${names.join(', ')}.` };
    }
  }
  return { change };
}

function toServices(value: unknown, current: MockFlags): Record<string, boolean> | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'services must be an object of service codes to true or false.';
  const known = Object.keys(current.services);
  for (const [code, available] of Object.entries(value)) {
    if (!known.includes(code))
      return `services.${code} is not a service. Services: ${known.join(', ')}.`;
    if (typeof available !== 'boolean') return `services.${code} must be true or false.`;
  }
  return value as Record<string, boolean>;
}
