/** What `npm run contract-sync` was asked to do. */
export interface SyncOptions {
  /** A URL (`http://127.0.0.1:18432/openapi.json`) or a file path of the app's document. */
  from: string;
  /** Our contract. */
  contract: string;
  token?: string | undefined;
  /** Where to write the difference as JSON, if anywhere. */
  json?: string | undefined;
  allMarks: boolean;
  help: boolean;
}

/** A bad command line: the message says what to change. */
export class SyncUsageError extends Error {}

/** The command's help text. */
export const SYNC_HELP = `Usage: npm run contract-sync -- --from <url|file> [options]

Compares the app's own OpenAPI document with our contract and prints what differs.
It never changes the contract.

  --from URL|FILE     the app's document: http://127.0.0.1:18432/openapi.json, or a .yaml/.json file
  --contract FILE     our contract (default: openapi/sessiondock.openapi.yaml)
  --token T           bearer token sent with --from URL (default: SESSIONDOCK_TOKEN, if set)
  --json FILE         also write the difference as JSON
  --all-marks         list every x-unverified mark, open ones included

Exit codes: 0 no differences, 1 differences found, 2 error (unreadable document, bad option).
`;

/** Reads the command line (and SESSIONDOCK_TOKEN); throws SyncUsageError on a bad option. */
export function parseSyncOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  defaultContract: string,
): SyncOptions {
  const options: SyncOptions = {
    from: '',
    contract: defaultContract,
    token: env.SESSIONDOCK_TOKEN || undefined,
    allMarks: false,
    help: false,
  };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const next = inline ?? argv[++index];
      if (next === undefined || next === '') throw new SyncUsageError(`${name} needs a value`);
      return next;
    };
    if (name === '--from') options.from = value();
    else if (name === '--contract') options.contract = value();
    else if (name === '--token') options.token = value();
    else if (name === '--json') options.json = value();
    else if (name === '--all-marks') options.allMarks = true;
    else if (name === '--help' || name === '-h') options.help = true;
    else throw new SyncUsageError(`unknown option ${arg} (see --help)`);
  }
  if (!options.help && options.from === '')
    throw new SyncUsageError(
      "--from is required: the app's document, e.g. --from http://127.0.0.1:18432/openapi.json",
    );
  return options;
}
