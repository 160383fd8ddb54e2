import type { ApiModel } from '../../src/lib/openapi/model.ts';
import { toJsonModel } from '../../src/lib/openapi/to-json-model.ts';

/** A single-file Node script the site publishes: its file name and its entry source. */
export interface NodeScriptEntry {
  fileName: string;
  source: string;
}

/** What the published scripts embed, so that they read no file at run time. */
export interface EmbeddedData {
  model: ApiModel;
}

/**
 * The published scripts: the sandbox (`npm run sandbox`, same options), with the contract's
 * model embedded as JSON at bundle time.
 */
export function nodeScriptEntries(data: EmbeddedData): NodeScriptEntry[] {
  const model = toJsonModel(data.model);
  return [
    {
      fileName: 'sessiondock-sandbox.mjs',
      source: [
        "import { runSandboxProcess } from './scripts/run-sandbox.ts';",
        `runSandboxProcess({ usage: 'node sessiondock-sandbox.mjs', model: ${model} });`,
      ].join('\n'),
    },
  ];
}
