import type {
  ExampleModel,
  JsonSchema,
  MediaTypeModel,
  OperationModel,
  ParameterModel,
} from '../openapi/model.ts';
import { operationRoute, withBase } from '../reference/routes.ts';
import { formatExample } from '../reference/format-example.ts';
import { describeSecurity } from '../reference/describe-security.ts';
import { operationMode } from '../reference/operation-mode.ts';
import { responseDetails, responseHeading } from '../reference/operation-outline.ts';
import type { ReferenceWords } from '../reference/reference-words.ts';
import { buildOperationRequest } from '../snippets/build-operation-request.ts';
import { buildSnippets } from '../snippets/build-snippets.ts';
import { fence, renderJson } from './render-json.ts';
import { toText } from '../openapi/to-text.ts';

/** The Markdown twin of an operation page: everything the page states, as plain Markdown. */
export function operationToMarkdown(
  operation: OperationModel,
  basePath: string,
  words: ReferenceWords = {},
): string {
  const sections = [
    `# ${operation.summary}`,
    operation.description?.trim() ?? '',
    facts(operation, basePath, words),
    unverifiedNote(operation.unverified, words),
    samplesSection(operation, words),
    parametersSection(operation.parameters),
    requestBodySection(operation),
    responsesSection(operation, words),
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function facts(operation: OperationModel, basePath: string, words: ReferenceWords): string {
  const mode = operationMode(operation, words.modeExtension);
  const server = operation.servers[0]?.url;
  return [
    `- Request: \`${operation.method.toUpperCase()} ${operation.path}\`${server ? ` (relative to \`${server}\`)` : ''}`,
    `- Operation ID: \`${operation.id}\``,
    ...(mode === undefined
      ? []
      : [
          `- Mode needed: ${mode === 'read-only' ? 'read-only (also allowed in full-automation)' : mode}`,
        ]),
    `- Authentication: ${describeSecurity(operation.security)}`,
    `- Web page: ${withBase(basePath, operationRoute(operation))}`,
    ...(operation.deprecated ? ['- Deprecated'] : []),
  ].join('\n');
}

function unverifiedNote(text: string | undefined, words: ReferenceWords): string {
  if (!text) return '';
  return words.productName
    ? `> Not confirmed by published ${words.productName} material: ${text}`
    : `> Not confirmed: ${text}`;
}

/** The code samples the operation page shows, from the same snippet builder. */
function samplesSection(operation: OperationModel, words: ReferenceWords): string {
  const samples = buildSnippets(buildOperationRequest(operation, undefined, words)).map(
    (snippet) => `**${snippet.label}**\n\n${fence(snippet.code, snippet.language)}`,
  );
  return ['## Code samples', ...samples].join('\n\n');
}

function parametersSection(parameters: ParameterModel[]): string {
  if (parameters.length === 0) return '';
  const rows = parameters.map((p) =>
    [
      `\`${p.name}\``,
      p.in,
      typeOf(p.schema),
      p.required ? 'yes' : 'no',
      [p.description ?? '', p.unverified ? `(Not confirmed: ${p.unverified})` : '']
        .join(' ')
        .trim(),
      p.example === undefined ? '' : `\`${toText(p.example)}\``,
    ].map(cell),
  );
  return [
    '## Parameters',
    '',
    '| Name | In | Type | Required | Description | Example |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** A short type label: `string`, `integer`, `array of string`, `string (one of a, b)`. */
export function typeOf(schema: JsonSchema | undefined): string {
  if (!schema) return '';
  const type = Array.isArray(schema.type)
    ? schema.type.join(' or ')
    : typeof schema.type === 'string'
      ? schema.type
      : 'any';
  const items = schema.items as JsonSchema | undefined;
  const base = type === 'array' && items ? `array of ${typeOf(items)}` : type;
  return Array.isArray(schema.enum) ? `${base} (one of ${schema.enum.join(', ')})` : base;
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replace(/\s*\n\s*/g, ' ');
}

function requestBodySection(operation: OperationModel): string {
  const body = operation.requestBody;
  if (!body) return '';
  const lead = `${body.required ? 'Required' : 'Optional'}.${body.description ? ` ${body.description}` : ''}`;
  return ['## Request body', lead, ...body.content.map(mediaTypeSection)].join('\n\n');
}

function responsesSection(operation: OperationModel, words: ReferenceWords): string {
  const parts = operation.responses.map((response) =>
    [
      `### ${responseHeading(response)}`,
      responseDetails(response) ?? '',
      unverifiedNote(response.unverified, words),
      ...response.content.map(mediaTypeSection),
    ]
      .filter((part) => part !== '')
      .join('\n\n'),
  );
  return ['## Responses', ...parts].join('\n\n');
}

function mediaTypeSection(media: MediaTypeModel): string {
  return [
    `Media type: \`${media.mediaType}\``,
    media.schema ? `Schema:\n\n${fence(renderJson(media.schema), 'json')}` : '',
    ...media.examples.map((example) => exampleSection(example, media.mediaType)),
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

function exampleSection(example: ExampleModel, mediaType: string): string {
  const label = example.summary ? `${example.name} (${example.summary})` : example.name;
  const note = example.unverified ? ` Not confirmed: ${example.unverified}` : '';
  const { code, language } = formatExample(example.value, mediaType);
  return `Example \`${label}\`:${note}\n\n${fence(code, language)}`;
}
