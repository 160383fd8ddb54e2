import type { ApiModel, GroupModel } from '../openapi/model.ts';
import { groupRoute, operationRoute, REFERENCE_ROOT, withBase } from '../reference/routes.ts';
import { twinPath } from './twin-paths.ts';

/** The Markdown twin of a group (tag) page: its description and a link to each operation's twin. */
export function groupToMarkdown(group: GroupModel, basePath: string): string {
  return [
    `# ${group.displayName}`,
    ...(group.description ? [group.description] : []),
    operationList(group, basePath),
  ].join('\n\n') + '\n';
}

/** The Markdown twin of the reference index: every group and operation, linked to their twins. */
export function referenceIndexToMarkdown(model: ApiModel, basePath: string): string {
  const servers = model.servers.map((server) => `\`${server.url}\``).join(', ');
  return [
    `# ${model.title} reference`,
    ...(model.description ? [model.description] : []),
    `Version ${model.version}.${servers ? ` Base URL: ${servers}.` : ''} Every request needs \`Authorization: Bearer <token>\`.`,
    ...model.groups.map((group) =>
      `## [${group.displayName}](${withBase(basePath, twinPath(groupRoute(group)))})\n\n${operationList(group, basePath)}`),
  ].join('\n\n') + '\n';
}

function operationList(group: GroupModel, basePath: string): string {
  return group.operations
    .map((operation) => {
      const mode = operation.mode === 'read-only' ? 'read-only' : 'full-automation';
      const link = withBase(basePath, twinPath(operationRoute(operation)));
      return `- [${operation.summary}](${link}): \`${operation.method.toUpperCase()} ${operation.path}\` (\`${operation.id}\`, ${mode})`;
    })
    .join('\n');
}

/** Route of the reference index, relative to the base. */
export const REFERENCE_INDEX_ROUTE = `${REFERENCE_ROOT}/`;
