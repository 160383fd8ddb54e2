import type { ApiModel } from '../openapi/model.ts';
import { operationMode } from '../reference/operation-mode.ts';
import type { ReferenceWords } from '../reference/reference-words.ts';
import { groupRoute, operationRoute } from '../reference/routes.ts';
import { type GuideContext, type GuideSource, mdxToMarkdown } from './mdx-to-markdown.ts';
import { operationToMarkdown } from './operation-to-markdown.ts';
import {
  groupToMarkdown,
  REFERENCE_INDEX_ROUTE,
  referenceIndexToMarkdown,
} from './reference-to-markdown.ts';
import { twinPath } from './twin-paths.ts';

/** One page's Markdown twin. */
export interface TwinDocument {
  kind: 'guide' | 'reference-index' | 'group' | 'operation';
  /** Route of the page, relative to the base (`installation/`). */
  route: string;
  /** Path of the twin, relative to the base (`installation.md`). */
  path: string;
  title: string;
  description?: string;
  markdown: string;
}

/** The twins of every guide and every reference page, guides first, the reference in model order. */
export function buildTwins(
  guides: GuideSource[],
  model: ApiModel,
  options: Pick<GuideContext, 'basePath' | 'values' | 'components'> & { words?: ReferenceWords },
): TwinDocument[] {
  const words = options.words ?? {};
  const twinRoutes = new Set([
    ...guides.map((guide) => guide.route),
    REFERENCE_INDEX_ROUTE,
    ...model.groups.map(groupRoute),
    ...model.operations.map(operationRoute),
  ]);
  const context = { ...options, twinRoutes };
  const twin = (
    kind: TwinDocument['kind'],
    route: string,
    title: string,
    markdown: string,
    description?: string,
  ): TwinDocument => ({
    kind,
    route,
    path: twinPath(route),
    title,
    markdown,
    ...(description ? { description } : {}),
  });
  return [
    ...guides.map((guide) =>
      twin('guide', guide.route, guide.title, mdxToMarkdown(guide, context), guide.description),
    ),
    twin(
      'reference-index',
      REFERENCE_INDEX_ROUTE,
      `${model.title} reference`,
      referenceIndexToMarkdown(model, options.basePath, words),
    ),
    ...model.groups.map((group) =>
      twin(
        'group',
        groupRoute(group),
        group.displayName,
        groupToMarkdown(group, options.basePath, words),
        group.description,
      ),
    ),
    ...model.operations.map((operation) => {
      const mode = operationMode(operation, words.modeExtension);
      return twin(
        'operation',
        operationRoute(operation),
        operation.summary,
        operationToMarkdown(operation, options.basePath, words),
        `\`${operation.method.toUpperCase()} ${operation.path}\`${mode ? ` (${mode})` : ''}`,
      );
    }),
  ];
}
