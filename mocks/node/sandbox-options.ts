import { parseArgs } from 'node:util';
import type { OperationMode } from '../../src/lib/openapi/model.ts';
import { toFailureOptions } from './failure-options.ts';

/** Origins whose pages may read sandbox responses by default: the docs in dev, test preview and production. */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = [
  'http://127.0.0.1:4321',
  'http://localhost:4321',
  'http://127.0.0.1:4329',
  'https://app.sessiondock.com',
  'https://sessiondock.com',
];

/** Host names the sandbox may bind to: loopback only. */
export const LOOPBACK_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '::1'];

/** How the sandbox was asked to run, from its command line and environment. */
export interface SandboxOptions {
  port: number;
  host: string;
  allowedOrigins: string[];
  mode?: OperationMode | undefined;
  effectiveMode?: OperationMode | undefined;
  /** Short service names (`import`, `focus`, `waveform-notes`) to start unavailable. */
  unavailable: string[];
  /** Action failure codes (`open_failed`…) to start failing, from `--open-fails` or `SANDBOX_OPEN_FAILS=1`. */
  failing: string[];
  quiet: boolean;
  help: boolean;
}

/** A command line the sandbox cannot run with; the message says what to change. */
export class SandboxOptionError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads options from argv (which wins) and `SANDBOX_*` environment variables. `failureCodes`, the
 * contract's action failures (`listFailureCodes`), give the `--<action>-fails` options.
 */
export function parseSandboxOptions(
  argv: readonly string[],
  env: Env,
  defaultPort: number,
  failureCodes: readonly string[],
): SandboxOptions {
  const failureOptions = toFailureOptions(failureCodes);
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'allow-origin': { type: 'string', multiple: true },
        mode: { type: 'string' },
        'effective-mode': { type: 'string' },
        'read-only': { type: 'boolean' },
        unavailable: { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        ...Object.fromEntries(
          failureOptions.map(({ option }) => [option, { type: 'boolean' } as const]),
        ),
      },
    }));
  } catch (error) {
    throw new SandboxOptionError(error instanceof Error ? error.message : String(error));
  }
  // The action-failure options are built from the contract, so parseArgs cannot type them.
  const given = values as Readonly<Record<string, boolean | undefined>>;
  const mode = toMode(
    values.mode ??
      env.SANDBOX_MODE ??
      (values['read-only'] || isOn(env.SANDBOX_READ_ONLY) ? 'read-only' : undefined),
    '--mode',
  );
  return {
    port: toPort(values.port ?? env.SANDBOX_PORT ?? String(defaultPort)),
    host: toLoopbackHost(values.host ?? env.SANDBOX_HOST ?? '127.0.0.1'),
    allowedOrigins: toOrigins(
      values['allow-origin'] ??
        (env.SANDBOX_ALLOWED_ORIGINS ? [env.SANDBOX_ALLOWED_ORIGINS] : undefined),
    ),
    mode,
    effectiveMode:
      toMode(values['effective-mode'] ?? env.SANDBOX_EFFECTIVE_MODE, '--effective-mode') ?? mode,
    unavailable: splitList(values.unavailable ?? env.SANDBOX_UNAVAILABLE ?? ''),
    failing: failureOptions
      .filter(({ option, env: name }) => given[option] ?? isOn(env[name]))
      .map(({ code }) => code),
    quiet: values.quiet ?? isOn(env.SANDBOX_QUIET),
    help: values.help ?? false,
  };
}

function toPort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || port > 65535)
    throw new SandboxOptionError(`--port must be a number from 0 to 65535, got "${text}".`);
  return port;
}

function toLoopbackHost(host: string): string {
  const bare = host.replace(/^\[|\]$/g, '');
  if (!LOOPBACK_HOSTS.includes(bare)) {
    throw new SandboxOptionError(
      `--host must be a loopback address (${LOOPBACK_HOSTS.join(', ')}); the sandbox never listens on "${host}".`,
    );
  }
  return bare;
}

function toMode(value: string | undefined, option: string): OperationMode | undefined {
  if (value === undefined) return undefined;
  if (value === 'read-only' || value === 'full-automation') return value;
  throw new SandboxOptionError(`${option} must be read-only or full-automation, got "${value}".`);
}

function toOrigins(values: readonly string[] | undefined): string[] {
  if (!values) return [...DEFAULT_ALLOWED_ORIGINS];
  return values.flatMap(splitList).map((origin) => {
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      throw new SandboxOptionError(
        `--allow-origin needs an origin such as https://docs.example.com, got "${origin}".`,
      );
    }
    if (parsed.origin !== origin.replace(/\/$/, ''))
      throw new SandboxOptionError(
        `--allow-origin takes an origin without a path, got "${origin}".`,
      );
    return parsed.origin;
  });
}

function splitList(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function isOn(value: string | undefined): boolean {
  return value !== undefined && /^(1|true|yes|on)$/i.test(value.trim());
}
