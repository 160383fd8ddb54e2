/**
 * The SessionDock sandbox: the docs' mock of the Local API over HTTP, for developing scripts
 * without the app. `npm run sandbox -- --help` lists the options; mocks/README.md explains them.
 */
import { readFileSync } from 'node:fs';
import { siteConfig } from '../site.config.ts';
import { loadContract } from '../src/lib/openapi/load-contract.ts';
import { runSandboxProcess } from './run-sandbox.ts';

const { contractPath } = siteConfig;
runSandboxProcess(
  (async () => {
    const text = readFileSync(contractPath, 'utf8');
    return {
      usage: 'npm run sandbox --',
      model: await loadContract(text, contractPath, { validate: false }),
      validate: () => loadContract(text, contractPath),
    };
  })(),
);
