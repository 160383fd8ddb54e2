import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { toFailureName } from '../app/mock-flags.ts';
import { failureCodeOf, listFailureCodes } from '../selection/service-codes.ts';

/** The sandbox option and environment variable behind one action failure of the contract. */
export interface FailureOption {
  /** The 400 code the action answers while it fails: `open_failed`. */
  code: string;
  /** The command-line option without its dashes: `open-fails`. */
  option: string;
  /** The environment variable that switches it on with `1`: `SANDBOX_OPEN_FAILS`. */
  env: string;
}

/** One option per action failure code: `open_failed` → `--open-fails`, `SANDBOX_OPEN_FAILS`. */
export function toFailureOptions(failureCodes: readonly string[]): FailureOption[] {
  return failureCodes.map((code) => {
    const name = toFailureName(code);
    return {
      code,
      option: `${name}-fails`,
      env: `SANDBOX_${name.toUpperCase().replace(/-/g, '_')}_FAILS`,
    };
  });
}

/** The help lines of the action-failure options, each naming the operations that answer its 400. */
export function describeFailureOptions(model: ApiModel): string {
  return toFailureOptions(listFailureCodes(model))
    .map(({ code, option, env }) => {
      const operations = model.operations
        .filter((operation) => failureCodeOf(operation) === code)
        .map((operation) => operation.id);
      return `  ${`--${option}`.padEnd(25)}${operations.join(', ')} answers 400 ${code} (env ${env}=1)\n`;
    })
    .join('');
}
