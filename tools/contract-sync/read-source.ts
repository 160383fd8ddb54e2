import { readFile } from 'node:fs/promises';
import type { FetchLike } from '../command-environment.ts';
import { describeNetworkError, REQUEST_TIMEOUT_MS } from '../conformance/describe-network-error.ts';

/** The app's document could not be read: the message says why and what to check. */
export class SourceError extends Error {}

/** Reads a document from an http(s) URL (with the bearer token, if any) or from a file. */
export async function readSource(
  from: string,
  options: { fetch: FetchLike; token?: string | undefined },
): Promise<string> {
  if (!/^https?:\/\//i.test(from)) {
    try {
      return await readFile(from, 'utf8');
    } catch (error) {
      throw new SourceError(
        `cannot read ${from}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)}`,
      );
    }
  }
  let response: Response;
  try {
    response = await options.fetch(from, {
      headers: {
        Accept: 'application/json, application/yaml;q=0.9',
        ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
      },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw new SourceError(
      `cannot reach ${from} (${describeNetworkError(error)}). Is SessionDock running, with the Local API enabled, on this port?`,
    );
  }
  if (response.status === 401) {
    throw new SourceError(
      `${from} answered 401: it wants a token. Set SESSIONDOCK_TOKEN or pass --token.`,
    );
  }
  if (!response.ok)
    throw new SourceError(`${from} answered ${response.status} ${response.statusText}`.trim());
  return response.text();
}
