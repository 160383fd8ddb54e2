import type { ApiModel, GroupModel } from '../openapi/model.ts';
import { describeSecurity } from '../reference/describe-security.ts';
import { operationMode } from '../reference/operation-mode.ts';
import type { ReferenceWords } from '../reference/reference-words.ts';
import { groupRoute, operationRoute, REFERENCE_ROOT, withBase } from '../reference/routes.ts';
import { twinPath } from './twin-paths.ts';

/** The Markdown twin of a group (tag) page: its description and a link to each operation's twin. */
export function groupToMarkdown(
  group: GroupModel,
  basePath: string,
  words: ReferenceWords = {},
): string {
  return (
    [
      `# ${group.displayName}`,
      ...(group.description ? [group.description] : []),
      operationList(group, basePath, words),
    ].join('\n\n') + '\n'
  );
}

/** The Markdown twin of the reference index: every group and operation, linked to their twins. */
export function referenceIndexToMarkdown(
  model: ApiModel,
  basePath: string,
  words: ReferenceWords = {},
): string {
  const servers = model.servers.map((server) => `\`${server.url}\``).join(', ');
  return (
    [
      `# ${model.title} reference`,
      ...(model.description ? [model.description] : []),
      `Version ${model.version}.${servers ? ` Base URL: ${servers}.` : ''} ${authenticationSentence(model)}`,
      ...model.groups.map(
        (group) =>
          `## [${group.displayName}](${withBase(basePath, twinPath(groupRoute(group)))})\n\n${operationList(group, basePath, words)}`,
      ),
    ].join('\n\n') + '\n'
  );
}

/** What the whole API asks for, when every operation asks the same; else a pointer to each operation. */
function authenticationSentence(model: ApiModel): string {
  const kinds = new Set(model.operations.map((operation) => describeSecurity(operation.security)));
  const [only] = kinds;
  return kinds.size === 1 && only !== undefined
    ? `Authentication for every operation: ${only}`
    : 'Authentication differs between operations: each operation states its own.';
}

function operationList(group: GroupModel, basePath: string, words: ReferenceWords): string {
  return group.operations
    .map((operation) => {
      const mode = operationMode(operation, words.modeExtension);
      const link = withBase(basePath, twinPath(operationRoute(operation)));
      return `- [${operation.summary}](${link}): \`${operation.method.toUpperCase()} ${operation.path}\` (\`${operation.id}\`${mode ? `, ${mode}` : ''})`;
    })
    .join('\n');
}

/** Route of the reference index, relative to the base. */
export const REFERENCE_INDEX_ROUTE = `${REFERENCE_ROOT}/`;
