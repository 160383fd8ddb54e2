import type { ApiModel } from '../src/lib/openapi/model.ts';
import { failureFlagOf, toFailureName, toServiceName } from '../mocks/app/mock-flags.ts';
import { SANDBOX_TOKEN } from '../mocks/selection/sandbox-token.ts';
import { listFailureCodes, listServiceCodes } from '../mocks/selection/service-codes.ts';
import { describeFailureOptions } from '../mocks/node/failure-options.ts';
import { parseSandboxOptions, SandboxOptionError } from '../mocks/node/sandbox-options.ts';
import { PortInUseError, startSandboxServer } from '../mocks/node/start-sandbox-server.ts';
import { toStartFlags } from '../mocks/node/to-start-flags.ts';

/** What the sandbox command runs with: the model, how it was started, and a later validation. */
export interface SandboxCommand {
  /** How the reader started it, for the help text: `npm run sandbox --` or `node sessiondock-sandbox.mjs`. */
  usage: string;
  model: ApiModel;
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /**
   * Validates the contract, called once listening so that start-up stays fast; rejects when the
   * contract is invalid. Omitted for a model that was validated when it was built.
   */
  validate?: (() => Promise<unknown>) | undefined;
}

function helpText(usage: string, model: ApiModel): string {
  return `Usage: ${usage} [options]

  --port N                 port to listen on (default: the contract's, 18432; env SANDBOX_PORT)
  --host H                 127.0.0.1 (default), localhost or ::1; never another address (env SANDBOX_HOST)
  --allow-origin O[,O]     origins whose pages may call the sandbox (env SANDBOX_ALLOWED_ORIGINS)
  --read-only              configured and effective mode read-only (env SANDBOX_READ_ONLY=1)
  --mode M                 configured and effective mode: read-only or full-automation (env SANDBOX_MODE)
  --effective-mode M       effective mode only, as when the app downgrades writes (env SANDBOX_EFFECTIVE_MODE)
  --unavailable S[,S]      services to start unavailable (env SANDBOX_UNAVAILABLE)
${describeFailureOptions(model)}  --quiet                  no line per request (env SANDBOX_QUIET=1)
`;
}

/**
 * The SessionDock sandbox command: parses options, starts the mock's server, prints its banner
 * and runs until SIGINT or SIGTERM. Resolves to the exit code. Shared by `npm run sandbox` and the
 * published single-file `sessiondock-sandbox.mjs`.
 */
export async function runSandbox(command: SandboxCommand): Promise<number> {
  const { model } = command;
  const defaultPort = Number(
    new URL(model.servers[0]?.url ?? 'http://127.0.0.1:18432').port || 18432,
  );
  const options = parseSandboxOptions(
    command.argv,
    command.env,
    defaultPort,
    listFailureCodes(model),
  );
  if (options.help) {
    process.stdout.write(
      `${helpText(command.usage, model)}\nServices: ${listServiceCodes(model).map(toServiceName).join(', ')}\n`,
    );
    return 0;
  }
  const flags = toStartFlags(options, listServiceCodes(model));
  const sandbox = await startSandboxServer({
    model,
    port: options.port,
    host: options.host,
    flags,
    allowedOrigins: options.allowedOrigins,
    log: options.quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
  });
  // Listen for Ctrl-C before saying we are ready, so a stop right after the banner is not lost.
  const stopped = new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  const state = sandbox.store.read().flags;
  const off = Object.entries(state.services)
    .filter(([, on]) => !on)
    .map(([code]) => toServiceName(code));
  const failing = listFailureCodes(model)
    .filter((code) => state[failureFlagOf(code)])
    .map(toFailureName);
  process.stdout.write(
    [
      `SessionDock sandbox on ${sandbox.baseUrl}`,
      `  token            ${SANDBOX_TOKEN}`,
      `  mode             configured ${state.configuredMode}, effective ${state.effectiveMode}`,
      `  services off     ${off.length > 0 ? off.join(', ') : 'none'}`,
      `  actions failing  ${failing.length > 0 ? failing.join(', ') : 'none'}`,
      `  allowed origins  ${options.allowedOrigins.join(', ')}`,
      `  control          GET|PUT ${sandbox.origin}/_sandbox/state, PATCH /_sandbox/flags, POST /_sandbox/reset`,
      `Try: curl -H 'Authorization: Bearer ${SANDBOX_TOKEN}' ${sandbox.baseUrl}/health`,
      'Ctrl-C stops it.',
      '',
    ].join('\n'),
  );
  // An invalid contract stops the sandbox with the parser's message.
  const invalid = (command.validate?.() ?? new Promise<never>(() => undefined)).then(
    () => new Promise<never>(() => undefined),
  );
  try {
    await Promise.race([stopped, invalid]);
  } finally {
    await sandbox.stop();
  }
  process.stdout.write('Sandbox stopped.\n');
  return 0;
}

/** What a caller of `runSandboxProcess` supplies; the command line and environment come from the process. */
export type SandboxSetup = Omit<SandboxCommand, 'argv' | 'env'>;

/**
 * Runs the sandbox as this process: its arguments and environment, a message on stderr for a
 * failure, and the exit code: 0 stopped, 1 invalid contract or failure, 2 bad option, 3 port in use.
 */
export function runSandboxProcess(setup: SandboxSetup | Promise<SandboxSetup>): void {
  Promise.resolve(setup)
    .then((ready) => runSandbox({ ...ready, argv: process.argv.slice(2), env: process.env }))
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        process.stderr.write(
          `sandbox: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exitCode =
          error instanceof PortInUseError ? 3 : error instanceof SandboxOptionError ? 2 : 1;
      },
    );
}
