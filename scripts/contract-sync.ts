/**
 * Compares SessionDock's own OpenAPI document (a running app's /openapi.json, or a file) with
 * our contract and prints what differs. `npm run contract-sync -- --help` lists the options;
 * src/content/docs/maintainers.mdx explains the report.
 */
import { siteConfig } from '../site.config.ts';
import { runContractSync } from '../tools/contract-sync/run-contract-sync.ts';

process.exitCode = await runContractSync({
  argv: process.argv.slice(2),
  env: process.env,
  defaultContract: siteConfig.contractPath,
  fetch: (input, init) => fetch(input, init),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
