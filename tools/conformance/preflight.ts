import type { ApiModel, OperationModel } from '../../src/lib/openapi/model.ts';
import type { CheckResult } from './check-model.ts';
import { errorOutcome, successOutcomes } from './expected-outcomes.ts';
import { sendCheck, type RunContext } from './send-check.ts';
import { SetupError } from './setup-error.ts';

/** The modes GET /health reported, when it did. */
export interface AppModes {
  configuredMode?: string | undefined;
  effectiveMode?: string | undefined;
}

/** The health operation: `GET /health`. */
export function findHealthOperation(model: ApiModel): OperationModel {
  const health = model.operations.find(
    (operation) => operation.method === 'get' && operation.path === '/health',
  );
  if (!health)
    throw new SetupError(
      'the contract has no GET /health: the run needs it to check the connection, the token and the mode',
    );
  return health;
}

/**
 * Calls GET /health with the token before anything else, and stops with a clear message when
 * the app is not reachable, the token is refused, or the base URL points elsewhere. Otherwise
 * returns the health check's result and the modes it reports.
 */
export async function preflight(
  health: OperationModel,
  context: RunContext,
): Promise<{ result: CheckResult; modes: AppModes }> {
  const sent = await sendCheck(
    {
      operation: health,
      purpose: 'documented request',
      request: { method: 'GET', path: health.path, query: [], auth: 'token' },
      expect: successOutcomes(health),
    },
    context,
  );
  const where = `${context.baseUrl}${health.path}`;
  if (sent.networkError) {
    const port = safePort(context.baseUrl);
    throw new SetupError(
      `cannot reach SessionDock at ${context.baseUrl} (${sent.networkError}). Is SessionDock running, ` +
        `is the Local API enabled in its Settings, and does it listen on port ${port}? ` +
        'Pass --base-url for another address, or start the sandbox with npm run sandbox.',
    );
  }
  if (sent.result.status === 401) {
    const code = errorOutcome(health, 401)[0]?.code;
    throw new SetupError(
      `the token was refused: GET ${where} answered 401${code ? ` ${code}` : ''}. Copy the current token from ` +
        "SessionDock's Settings (Local API) into SESSIONDOCK_TOKEN or pass --token; regenerating the token invalidates the old one.",
    );
  }
  if (sent.result.status === 404 || sent.result.status === 405) {
    throw new SetupError(
      `GET ${where} answered ${sent.result.status}: is --base-url right? It should end with the API prefix, like http://127.0.0.1:18432/api/v1.`,
    );
  }
  const data = (
    sent.body as { data?: { configuredMode?: unknown; effectiveMode?: unknown } } | undefined
  )?.data;
  return {
    result: sent.result,
    modes: {
      configuredMode: typeof data?.configuredMode === 'string' ? data.configuredMode : undefined,
      effectiveMode: typeof data?.effectiveMode === 'string' ? data.effectiveMode : undefined,
    },
  };
}

/** Refuses --allow-writes unless health reports effectiveMode full-automation, and says why. */
export function assertWritesAllowed(modes: AppModes): void {
  if (modes.effectiveMode === 'full-automation') return;
  const seen =
    modes.effectiveMode === undefined
      ? 'GET /health did not report effectiveMode'
      : `GET /health reports effectiveMode ${modes.effectiveMode}${modes.configuredMode ? ` (configured ${modes.configuredMode})` : ''}`;
  throw new SetupError(
    `--allow-writes refused: ${seen}, so SessionDock does not allow writes right now and nothing was written. ` +
      'Switch the Local API to Full Automation in Settings and check that effectiveMode follows, or run without --allow-writes for the safe checks.',
  );
}

function safePort(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return url.port || (url.protocol === 'https:' ? '443' : '80');
  } catch {
    return '?';
  }
}
