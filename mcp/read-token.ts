import { readFileSync } from 'node:fs';

/** Why the server cannot start; the message says what to do, and never contains the token. */
export class StartupError extends Error {}

/**
 * The Local API token: the file named by `--token-file` (its first line), else `SESSIONDOCK_TOKEN`.
 * A missing or empty token is a StartupError that says where to put it.
 */
export function readToken(
  tokenFile: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  if (tokenFile !== undefined) {
    let text: string;
    try {
      text = readFileSync(tokenFile, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new StartupError(`cannot read the token file ${tokenFile} (${reason}).`);
    }
    const token = text.split(/\r?\n/)[0]?.trim() ?? '';
    if (token === '')
      throw new StartupError(
        `the token file ${tokenFile} is empty: put the token from SessionDock's Settings on its first line.`,
      );
    return token;
  }
  const token = env.SESSIONDOCK_TOKEN?.trim() ?? '';
  if (token === '') {
    throw new StartupError(
      "no token: set SESSIONDOCK_TOKEN to the Local API token shown in SessionDock's Settings (or pass --token-file FILE). To try the server without the app, start it with --sandbox.",
    );
  }
  return token;
}
