import { SetupError } from './setup-error.ts';

/** What `npm run conformance` was asked to do. */
export interface ConformanceCliOptions {
  baseUrl: string;
  token: string;
  allowWrites: boolean;
  /** Where to write the JSON report, if anywhere. */
  json?: string | undefined;
  contract: string;
  help: boolean;
}

/** The command's help text. */
export const CONFORMANCE_HELP = `Usage: npm run conformance -- [options]

Checks a running SessionDock (or the sandbox) against the contract. Safe by default: only reads,
requests without a token, unknown ids and malformed bodies, none of which can change the library.

  --base-url URL    the Local API (default: SESSIONDOCK_BASE_URL, else the contract's server,
                    http://127.0.0.1:18432/api/v1)
  --token T         the bearer token (default: SESSIONDOCK_TOKEN)
  --allow-writes    also check writes, on a scratch session the run creates and deletes;
                    refused when GET /health reports effectiveMode read-only
  --json FILE       also write the report as JSON (for CI)
  --contract FILE   the contract (default: openapi/sessiondock.openapi.yaml)

Exit codes: 0 every check passed, 1 a check failed, 2 the run could not start
(app not reachable, token refused, writes refused by the mode, bad option).
`;

/** Reads the command line and SESSIONDOCK_BASE_URL / SESSIONDOCK_TOKEN; throws SetupError on a bad option or a missing token. */
export function parseConformanceOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  defaults: { baseUrl: string; contract: string },
): ConformanceCliOptions {
  const options: ConformanceCliOptions = {
    baseUrl: env.SESSIONDOCK_BASE_URL || defaults.baseUrl,
    token: env.SESSIONDOCK_TOKEN ?? '',
    allowWrites: false,
    contract: defaults.contract,
    help: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++index];
      if (next === undefined || next === '') throw new SetupError(`${name} needs a value`);
      return next;
    };
    if (name === '--base-url') options.baseUrl = value();
    else if (name === '--token') options.token = value();
    else if (name === '--json') options.json = value();
    else if (name === '--contract') options.contract = value();
    else if (name === '--allow-writes') options.allowWrites = true;
    else if (name === '--help' || name === '-h') options.help = true;
    else throw new SetupError(`unknown option ${arg} (see --help)`);
  }
  if (options.help) return options;
  if (!/^https?:\/\/[^/]+/i.test(options.baseUrl))
    throw new SetupError(
      `--base-url must be an http URL like http://127.0.0.1:18432/api/v1, got "${options.baseUrl}"`,
    );
  options.baseUrl = options.baseUrl.replace(/\/+$/, '');
  if (options.token === '') {
    throw new SetupError(
      "no token: set SESSIONDOCK_TOKEN to the token shown in SessionDock's Settings (Local API), or pass --token. The sandbox's token is sessiondock-sandbox-token.",
    );
  }
  return options;
}
