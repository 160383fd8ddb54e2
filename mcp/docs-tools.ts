import type { CallToolResult, Resource, Tool } from '@modelcontextprotocol/sdk/types.js';
import { toolError } from './call-operation.ts';
import { type DocsData, findTwin, twinUri } from './docs-data.ts';
import { searchDocs } from './search-docs.ts';

const DOCS_HINTS = {
  readOnlyHint: true,
  destructiveHint: false,
  idempotentHint: true,
  openWorldHint: false,
} as const;

/** The tools over the docs: search them, read one page. Always listed: they never touch the app. */
export const DOCS_TOOLS: readonly Tool[] = [
  {
    name: 'search_docs',
    title: 'Search the SessionDock docs',
    description:
      'Finds the guide and reference pages of the SessionDock Developer Docs that answer a question, best first, with their resource URI and a line from each. Read a page with read_doc before calling an operation you have not used yet: it says what each error means and what to do.',
    inputSchema: {
      type: 'object',
      properties: {
        query: {
          type: 'string',
          minLength: 1,
          description:
            'The question or keywords, such as "tags filter" or "what does read_only mean".',
        },
        limit: {
          type: 'integer',
          minimum: 1,
          maximum: 10,
          default: 5,
          description: 'How many pages to return.',
        },
      },
      required: ['query'],
      additionalProperties: false,
    },
    annotations: { title: 'Search the SessionDock docs', ...DOCS_HINTS },
  },
  {
    name: 'read_doc',
    title: 'Read a SessionDock docs page',
    description:
      'Returns one page of the SessionDock Developer Docs as Markdown, by the URI search_docs gave or its path such as "errors.md" or "api-reference/sessions/listsessions.md".',
    inputSchema: {
      type: 'object',
      properties: {
        uri: {
          type: 'string',
          minLength: 1,
          description: "The page's resource URI or its path on the docs site.",
        },
      },
      required: ['uri'],
      additionalProperties: false,
    },
    annotations: { title: 'Read a SessionDock docs page', ...DOCS_HINTS },
  },
];

/** Every twin as an MCP resource, under its address on the docs site. */
export function listDocResources(docs: DocsData): Resource[] {
  return docs.twins.map((twin) => ({
    uri: twinUri(docs, twin),
    name: twin.path,
    title: twin.title,
    mimeType: 'text/markdown',
    ...(twin.description ? { description: twin.description } : {}),
  }));
}

/** Answers a docs tool call; undefined when `name` is not a docs tool. */
export function callDocsTool(
  docs: DocsData,
  name: string,
  args: Record<string, unknown>,
): CallToolResult | undefined {
  if (name === 'search_docs') {
    const { query, limit } = args;
    if (typeof query !== 'string' || query.trim() === '')
      return toolError('query must be a non-empty string, such as "tags filter".');
    if (
      limit !== undefined &&
      (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > 10)
    )
      return toolError('limit must be an integer from 1 to 10.');
    const hits = searchDocs(docs.twins, query, (limit as number | undefined) ?? 5);
    const results = hits.map((hit) => ({
      uri: twinUri(docs, hit.twin),
      title: hit.twin.title,
      path: hit.twin.path,
      excerpt: hit.excerpt,
    }));
    const text =
      results.length === 0
        ? `No page matches "${query}". Try other words, or read_doc "index.md" for the site's overview.`
        : results
            .map(
              (result, index) =>
                `${index + 1}. ${result.title} — ${result.uri}\n   ${result.excerpt}`,
            )
            .join('\n');
    return {
      content: [
        { type: 'text', text },
        ...hits.map((hit) => ({
          type: 'resource_link' as const,
          uri: twinUri(docs, hit.twin),
          name: hit.twin.path,
          title: hit.twin.title,
          mimeType: 'text/markdown',
        })),
      ],
      structuredContent: { results },
    };
  }
  if (name === 'read_doc') {
    const { uri } = args;
    const twin = typeof uri === 'string' ? findTwin(docs, uri) : undefined;
    if (!twin)
      return toolError(
        `No docs page at ${JSON.stringify(uri)}. Use search_docs to find one; it gives each page's URI.`,
      );
    return {
      content: [{ type: 'text', text: twin.markdown }],
      structuredContent: { uri: twinUri(docs, twin), title: twin.title, markdown: twin.markdown },
    };
  }
  return undefined;
}
