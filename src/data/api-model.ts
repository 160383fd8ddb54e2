/**
 * The contract, read once per build from the path in site.config.ts, and its model.
 * A malformed contract stops the build here with the parser's message and location.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteConfig } from '../../site.config.ts';
import { ContractError } from '../lib/openapi/contract-error.ts';
import { loadContract } from '../lib/openapi/load-contract.ts';

export const contractSource = siteConfig.contractPath;
if (!existsSync(resolve(contractSource))) {
  throw new ContractError(
    contractSource,
    `no file at ${resolve(contractSource)} (set DOCS_CONTRACT to the contract's path)`,
  );
}
export const contractText = readFileSync(resolve(contractSource), 'utf8');
export const apiModel = await loadContract(contractText, contractSource);
