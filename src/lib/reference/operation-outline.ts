import type { OperationModel, ResponseModel } from '../openapi/model.ts';
import { toPlainText } from '../markdown/render-markdown.ts';
import { responseAnchor } from './routes.ts';

/** A heading of an operation page, as Starlight's table of contents takes it. */
export interface OutlineHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Anchors of the fixed sections of an operation page. */
export const SECTION_IDS = {
  parameters: 'parameters',
  requestBody: 'request-body',
  responses: 'responses',
  samples: 'code-samples',
  tryIt: 'try-it',
} as const;

/** The heading text of a response section: `404 Not Found` style, from the status and its description. */
export function responseHeading(response: ResponseModel): string {
  const first = toPlainText(response.description).split(/(?<=\.)\s/)[0] ?? '';
  return first ? `${response.status} ${first.replace(/\.$/, '')}` : response.status;
}

/** The response's description when it says more than its heading does, else undefined. */
export function responseDetails(response: ResponseModel): string | undefined {
  const plain = toPlainText(response.description).replace(/\.$/, '');
  return plain === responseHeading(response).slice(response.status.length + 1)
    ? undefined
    : response.description;
}

/** The outline of an operation page, in page order, for the table of contents. */
export function buildOperationOutline(operation: OperationModel): OutlineHeading[] {
  const headings: OutlineHeading[] = [
    { depth: 2, slug: SECTION_IDS.samples, text: 'Code samples' },
    { depth: 2, slug: SECTION_IDS.tryIt, text: 'Try it' },
  ];
  if (operation.parameters.length > 0)
    headings.push({ depth: 2, slug: SECTION_IDS.parameters, text: 'Parameters' });
  if (operation.requestBody)
    headings.push({ depth: 2, slug: SECTION_IDS.requestBody, text: 'Request body' });
  headings.push({ depth: 2, slug: SECTION_IDS.responses, text: 'Responses' });
  for (const response of operation.responses) {
    headings.push({
      depth: 3,
      slug: responseAnchor(response.status),
      text: responseHeading(response),
    });
  }
  return headings;
}

/** The page's meta description: the operation's description (or summary) as plain text, at most ~160 characters. */
export function describeOperationPage(operation: OperationModel): string {
  const base = toPlainText(operation.description ?? '') || `${operation.summary}.`;
  const text = `${operation.method.toUpperCase()} ${operation.path}: ${base}`;
  return text.length <= 160 ? text : `${text.slice(0, 157).replace(/\s+\S*$/, '')}…`;
}

/** How an operation's required mode reads on its badge: `Read-only`, `Full Automation`, any other value in words. */
export function modeLabel(mode: string): { text: string; variant: 'success' | 'caution' } {
  if (mode === 'read-only') return { text: 'Read-only', variant: 'success' };
  const words = mode.split(/[-_\s]+/).filter((word) => word !== '');
  return {
    text: words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ') || mode,
    variant: 'caution',
  };
}
