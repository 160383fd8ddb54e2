/**
 * Compares SessionDock's own OpenAPI document (a running app's /openapi.json, or a file) with
 * our contract and prints what differs. `npm run contract-sync -- --help` lists the options;
 * src/content/docs/maintainers.mdx explains the report.
 */
import { siteConfig } from '../site.config.ts';
import { processEnvironment } from '../tools/command-environment.ts';
import { runContractSync } from '../tools/contract-sync/run-contract-sync.ts';

process.exitCode = await runContractSync(processEnvironment(siteConfig.contractPath));
