/**
 * The contract the tests check, in one place: its path, its text, its model (loaded once per path
 * and process: loading validates the whole document, about a second) and its plain YAML tree.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { siteConfig } from '../../site.config.ts';
import { loadContract } from '../../src/lib/openapi/load-contract.ts';
import type { ApiModel } from '../../src/lib/openapi/model.ts';

/** The contract the site is built from (`site.config.ts`; `DOCS_CONTRACT` overrides it). */
export const contractPath = siteConfig.contractPath;

const models = new Map<string, Promise<ApiModel>>();

/** The model of a contract file (the site's by default), loaded once per path. */
export function loadContractModel(path: string = contractPath): Promise<ApiModel> {
  let model = models.get(path);
  if (!model) {
    model = loadContract(readFileSync(path, 'utf8'), path);
    models.set(path, model);
  }
  return model;
}

/** The contract as written: its YAML parsed into plain values, `$ref`s left in place. */
export function readContractDocument(path: string = contractPath): unknown {
  return parse(readFileSync(path, 'utf8'));
}
