import { readFile, writeFile } from 'node:fs/promises';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';
import type { CommandEnvironment } from '../command-environment.ts';
import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { CONFORMANCE_HELP, parseConformanceOptions } from './conformance-options.ts';
import { formatHeading, formatResult, formatSummary } from './format-report.ts';
import { runConformance } from './run-conformance.ts';
import { SetupError } from './setup-error.ts';

/** What the command needs from its surroundings; tests pass their own. */
export interface ConformanceEnvironment extends CommandEnvironment {
  /** Loads the contract's model; tests pass one that loads each contract once. */
  loadModel?: ((path: string) => Promise<ApiModel>) | undefined;
}

/**
 * `npm run conformance`: loads the contract, runs the checks, prints one line per check and a
 * summary, writes the JSON report if asked, and returns the exit code: 0 all passed, 1 a check
 * failed, 2 the run could not start (the message says why).
 */
export async function runConformanceCommand(environment: ConformanceEnvironment): Promise<number> {
  let json: string | undefined;
  try {
    const contract = contractOption(environment.argv) ?? environment.defaultContract;
    const model = await (environment.loadModel ?? loadModel)(contract);
    const options = parseConformanceOptions(environment.argv, environment.env, {
      baseUrl: model.servers[0]?.url ?? 'http://127.0.0.1:18432/api/v1',
      contract,
    });
    if (options.help) {
      environment.out(CONFORMANCE_HELP);
      return 0;
    }
    json = options.json;
    environment.out(formatHeading(options.baseUrl, contract, options.allowWrites));
    const report = await runConformance({
      baseUrl: options.baseUrl,
      token: options.token,
      model,
      allowWrites: options.allowWrites,
      fetch: environment.fetch,
      onResult: (result) => environment.out(formatResult(result)),
    });
    environment.out(formatSummary(report));
    if (json)
      await writeFile(json, `${JSON.stringify({ contractPath: contract, ...report }, null, 2)}\n`);
    return report.summary.failed > 0 ? 1 : 0;
  } catch (error) {
    const known =
      error instanceof SetupError || (error instanceof Error && error.name === 'ContractError');
    const message = known
      ? error.message
      : String(error instanceof Error ? (error.stack ?? error) : error);
    environment.err(`conformance: ${message}\n`);
    // CI reads the JSON report: say there too why no check ran.
    if (json)
      await writeFile(
        json,
        `${JSON.stringify({ error: message, summary: { total: 0, passed: 0, failed: 0, skipped: 0 }, checks: [] }, null, 2)}\n`,
      ).catch(() => undefined);
    return 2;
  }
}

/** `--contract FILE` is needed before the other options (their defaults come from the contract). */
function contractOption(argv: readonly string[]): string | undefined {
  const index = argv.findIndex((arg) => arg === '--contract' || arg.startsWith('--contract='));
  if (index < 0) return undefined;
  const arg = argv[index] ?? '';
  return arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
}

/** Reads, validates and loads the contract (a ContractError carries the parser's message). */
export async function loadModel(path: string): Promise<ApiModel> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new SetupError(`cannot read the contract ${path}`);
  }
  return loadContract(text, path);
}
