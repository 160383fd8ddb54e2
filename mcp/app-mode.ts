import { readErrorEnvelope } from '../src/lib/openapi/error-envelope.ts';
import type { ApiConnection } from './api-connection.ts';
import { StartupError } from './read-token.ts';

/** SessionDock's effective mode as `GET /health` reports it: `disabled`, `read-only` or `full-automation`. */
export type EffectiveMode = string;

/** Reads the effective mode from `GET /health`; undefined when the answer has none. */
export async function readEffectiveMode(
  connection: ApiConnection,
): Promise<EffectiveMode | undefined> {
  const answer = await connection.send({ method: 'GET', path: '/health' });
  if (answer.status !== 200) return undefined;
  const mode = (answer.body as { data?: { effectiveMode?: unknown } } | undefined)?.data
    ?.effectiveMode;
  return typeof mode === 'string' ? mode : undefined;
}

/**
 * The start-up check: `GET /health` must answer 200 with an effective mode. Nothing listening,
 * a rejected token or another kind of server each become a StartupError saying what to do.
 */
export async function checkApp(connection: ApiConnection): Promise<EffectiveMode> {
  let answer;
  try {
    answer = await connection.send({ method: 'GET', path: '/health' });
  } catch (error) {
    throw new StartupError(
      `${error instanceof Error ? error.message : String(error)} (Or start with --sandbox to try the mock without the app.)`,
    );
  }
  const envelope = readErrorEnvelope(answer.body);
  if (answer.status === 401) {
    throw new StartupError(
      `SessionDock at ${connection.baseUrl} rejected the token (401${envelope?.code ? ` ${envelope.code}` : ''}): copy it again from SessionDock's Settings into SESSIONDOCK_TOKEN.`,
    );
  }
  if (answer.status !== 200) {
    throw new StartupError(
      `GET ${connection.baseUrl}/health answered ${answer.status}${envelope?.message ? `: ${envelope.message}` : ''}.`,
    );
  }
  const mode = (answer.body as { data?: { effectiveMode?: unknown } } | undefined)?.data
    ?.effectiveMode;
  if (typeof mode !== 'string') {
    throw new StartupError(
      `${connection.baseUrl}/health answered without an effectiveMode: is this SessionDock's Local API?`,
    );
  }
  return mode;
}
