import type { ApiModel } from '../../src/lib/openapi/model.ts';
import type { MockFlags } from '../../mocks/app/mock-flags.ts';
import type { MockStore } from '../../mocks/app/mock-store.ts';
import { DEFAULT_ALLOWED_ORIGINS, parseSandboxOptions } from '../../mocks/node/sandbox-options.ts';
import { startSandboxServer } from '../../mocks/node/start-sandbox-server.ts';
import { toStartFlags } from '../../mocks/node/to-start-flags.ts';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';
import { listFailureCodes, listServiceCodes } from '../../mocks/selection/service-codes.ts';
import { loadContractModel } from './load-contract-model.ts';

/** Options of a sandbox started for a test. */
export interface StartSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /**
   * Starting flags, as flags (`{ effectiveMode: 'read-only' }`) or as the sandbox's command-line
   * options (`['--read-only', '--unavailable', 'import']`); `POST /_sandbox/reset` returns to them.
   */
  flags?: Partial<MockFlags> | readonly string[];
  allowedOrigins?: string[];
  /** Another contract than the site's. */
  contractPath?: string;
  /** A fixed clock for the mock. */
  now?: () => Date;
}

/** A sandbox running in this process. */
export interface TestSandbox {
  /** `http://127.0.0.1:<port>/api/v1` */
  baseUrl: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  token: string;
  port: number;
  /** The simulated app, for tests that set up or inspect state directly. */
  store: MockStore;
  model: ApiModel;
  stop(): Promise<void>;
}

/** Starts the sandbox server in this process on 127.0.0.1 and resolves once it listens. */
export async function startSandbox(options: StartSandboxOptions = {}): Promise<TestSandbox> {
  const loaded = await loadContractModel(options.contractPath);
  const flags = Array.isArray(options.flags)
    ? toStartFlags(
        parseSandboxOptions(options.flags, {}, 0, listFailureCodes(loaded)),
        listServiceCodes(loaded),
      )
    : (options.flags as Partial<MockFlags> | undefined);
  const sandbox = await startSandboxServer({
    model: loaded,
    port: options.port ?? 0,
    flags,
    allowedOrigins: options.allowedOrigins ?? DEFAULT_ALLOWED_ORIGINS,
    now: options.now,
  });
  return {
    baseUrl: sandbox.baseUrl,
    origin: sandbox.origin,
    token: SANDBOX_TOKEN,
    port: sandbox.port,
    store: sandbox.store,
    model: loaded,
    stop: () => sandbox.stop(),
  };
}
