/**
 * What the maintainer commands (`npm run conformance`, `npm run contract-sync`) take from their
 * surroundings, so tests can run them with their own arguments, network and output.
 */

/** A fetch function, injected so tests can watch or answer requests without a network. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface CommandEnvironment {
  argv: readonly string[];
  env: Record<string, string | undefined>;
  /** The contract compared against when `--contract` is not given. */
  defaultContract: string;
  fetch: FetchLike;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** This process's arguments, environment, network and output. */
export function processEnvironment(defaultContract: string): CommandEnvironment {
  return {
    argv: process.argv.slice(2),
    env: process.env,
    defaultContract,
    fetch: (input, init) => fetch(input, init),
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
  };
}
