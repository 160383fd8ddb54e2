import { parseArgs } from 'node:util';
import type { MockFlags } from '../mocks/app/mock-flags.ts';
import { toFailureOptions } from '../mocks/node/failure-options.ts';
import { parseSandboxOptions, SandboxOptionError } from '../mocks/node/sandbox-options.ts';
import { toStartFlags } from '../mocks/node/to-start-flags.ts';

/** How the MCP server was asked to run. */
export interface McpOptions {
  /** The Local API's base URL, without a trailing slash. */
  baseUrl: string;
  tokenFile?: string | undefined;
  allowWrites: boolean;
  sandbox: boolean;
  /** The in-process mock's starting flags (with `sandbox` only). */
  sandboxFlags: Partial<MockFlags>;
  help: boolean;
}

/** A command line the server cannot start with; the message says what to change. */
export class McpOptionError extends Error {}

/** The host names a base URL may have: this computer only, where SessionDock listens. */
export const LOOPBACK_HOSTNAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/** The mock's switches that its options name, from the contract: services and action failures. */
export interface MockSwitches {
  serviceCodes: readonly string[];
  failureCodes: readonly string[];
}

/** Reads the command line; `defaultBaseUrl` is the contract's server. */
export function parseMcpOptions(
  argv: readonly string[],
  defaultBaseUrl: string,
  mock: MockSwitches,
): McpOptions {
  const failureOptions = toFailureOptions(mock.failureCodes).map(({ option }) => option);
  const flagOptions = ['read-only', 'mode', 'effective-mode', 'unavailable', ...failureOptions];
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        'base-url': { type: 'string' },
        'token-file': { type: 'string' },
        'allow-writes': { type: 'boolean' },
        sandbox: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        'read-only': { type: 'boolean' },
        mode: { type: 'string' },
        'effective-mode': { type: 'string' },
        unavailable: { type: 'string' },
        ...Object.fromEntries(
          failureOptions.map((option) => [option, { type: 'boolean' as const }]),
        ),
      },
    }));
  } catch (error) {
    throw new McpOptionError(error instanceof Error ? error.message : String(error));
  }
  const text = (name: string) => (typeof values[name] === 'string' ? values[name] : undefined);
  const flag = (name: string) => values[name] === true;
  const flagArgs = flagOptions.flatMap((name) => {
    const value = values[name];
    if (value === undefined || value === false) return [];
    return value === true ? [`--${name}`] : [`--${name}`, value];
  });
  const sandbox = flag('sandbox');
  if (flagArgs.length > 0 && !sandbox) {
    throw new McpOptionError(
      `${flagArgs.filter((arg) => arg.startsWith('--')).join(', ')} set the mock's state: use them with --sandbox.`,
    );
  }
  return {
    baseUrl: toLoopbackBaseUrl(text('base-url') ?? defaultBaseUrl),
    tokenFile: text('token-file'),
    allowWrites: flag('allow-writes'),
    sandbox,
    sandboxFlags: toSandboxFlags(flagArgs, mock),
    help: flag('help'),
  };
}

function toSandboxFlags(flagArgs: string[], mock: MockSwitches): Partial<MockFlags> {
  try {
    return toStartFlags(parseSandboxOptions(flagArgs, {}, 0, mock.failureCodes), mock.serviceCodes);
  } catch (error) {
    if (error instanceof SandboxOptionError) throw new McpOptionError(error.message);
    throw error;
  }
}

/** The base URL, checked: http(s), a loopback host, no credentials in it. */
export function toLoopbackBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new McpOptionError(
      `--base-url needs a URL such as http://127.0.0.1:18432/api/v1, got "${value}".`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.username !== '' || url.password !== '') {
    throw new McpOptionError(
      `--base-url must be a plain http:// URL such as http://127.0.0.1:18432/api/v1, got "${value}".`,
    );
  }
  if (!LOOPBACK_HOSTNAMES.includes(url.hostname)) {
    throw new McpOptionError(
      `--base-url must point at this computer (${LOOPBACK_HOSTNAMES.join(', ')}): SessionDock's Local API listens only there, and the token is never sent anywhere else. Got "${url.hostname}".`,
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
