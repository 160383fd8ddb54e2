/**
 * The contract, read once per build from the path in site.config.ts, and its model.
 * A malformed contract stops the build here with the parser's message and location.
 *
 * Astro evaluates this module twice in one build: once for the configuration (the sidebar, the
 * published scripts) and once in the bundle that renders the pages. The model is kept on
 * `globalThis` for the text it was loaded from, so the second evaluation takes the first one's
 * model instead of parsing, validating and holding the contract a second time (at 3,000
 * operations a load alone peaked at about 600 MB, bench/README.md). A changed contract (dev
 * server) has another text and is loaded anew.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { siteConfig } from '../../site.config.ts';
import { ContractError } from '../lib/openapi/contract-error.ts';
import { loadContract } from '../lib/openapi/load-contract.ts';
import type { ApiModel } from '../lib/openapi/model.ts';

export const contractSource = siteConfig.contractPath;
if (!existsSync(resolve(contractSource))) {
  throw new ContractError(
    contractSource,
    `no file at ${resolve(contractSource)} (set DOCS_CONTRACT to the contract's path)`,
  );
}
export const contractText = readFileSync(resolve(contractSource), 'utf8');
const SHARED = Symbol.for('sessiondock.docs.loaded-contract');
type LoadedContract = { source: string; text: string; model: Promise<ApiModel> };
const shared = globalThis as { [SHARED]?: LoadedContract };
const loaded = shared[SHARED];
const model =
  loaded?.source === contractSource && loaded.text === contractText
    ? loaded.model
    : loadContract(contractText, contractSource);
shared[SHARED] = { source: contractSource, text: contractText, model };

export const apiModel = await model;
