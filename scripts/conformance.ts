/**
 * Checks a running SessionDock (or the sandbox) against the contract: every response's status,
 * content type, schema and error envelope. Safe by default; `--allow-writes` adds writes on a
 * scratch session. `npm run conformance -- --help` lists the options;
 * src/content/docs/maintainers.mdx explains the report.
 */
import { siteConfig } from '../site.config.ts';
import { processEnvironment } from '../tools/command-environment.ts';
import { runConformanceCommand } from '../tools/conformance/run-conformance-command.ts';

process.exitCode = await runConformanceCommand(processEnvironment(siteConfig.contractPath));
