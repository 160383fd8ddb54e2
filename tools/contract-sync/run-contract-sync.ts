import { writeFile } from 'node:fs/promises';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';
import { diffContracts } from './diff-contracts.ts';
import { formatDiff } from './format-diff.ts';
import type { CommandEnvironment } from '../command-environment.ts';
import { readSource, SourceError } from './read-source.ts';
import { parseSyncOptions, SYNC_HELP, SyncUsageError } from './sync-options.ts';

/** What the command needs from its surroundings; tests pass their own. */
export type SyncEnvironment = CommandEnvironment;

/**
 * `npm run contract-sync`: reads the app's document and our contract, prints the difference and
 * returns the exit code: 0 identical, 1 different, 2 error. It never writes the contract.
 */
export async function runContractSync(environment: SyncEnvironment): Promise<number> {
  try {
    const options = parseSyncOptions(
      environment.argv,
      environment.env,
      environment.defaultContract,
    );
    if (options.help) {
      environment.out(SYNC_HELP);
      return 0;
    }
    const [oursText, theirsText] = await Promise.all([
      readSource(options.contract, { fetch: environment.fetch }),
      readSource(options.from, { fetch: environment.fetch, token: options.token }),
    ]);
    const ours = await loadContract(oursText, options.contract);
    // The app's document is compared as served: an invalid detail should not hide every difference.
    const theirs = await loadContract(theirsText, options.from, { validate: false });
    const diff = diffContracts(ours, theirs);
    environment.out(
      formatDiff(
        diff,
        { ours: options.contract, theirs: options.from },
        { allMarks: options.allMarks },
      ),
    );
    if (options.json) {
      await writeFile(
        options.json,
        `${JSON.stringify({ ours: options.contract, theirs: options.from, ...diff }, null, 2)}\n`,
      );
    }
    return diff.identical ? 0 : 1;
  } catch (error) {
    const known =
      error instanceof SyncUsageError ||
      error instanceof SourceError ||
      (error instanceof Error && error.name === 'ContractError');
    environment.err(`contract-sync: ${known ? error.message : String(error)}\n`);
    return 2;
  }
}
