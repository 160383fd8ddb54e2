import type { TwinDocument } from './build-twins.ts';

/** What llms.txt says about the site besides its links. */
export interface LlmsSite {
  title: string;
  summary: string;
  /** Absolute URL of the site's base: `https://app.sessiondock.com/docs/`. */
  baseUrl: string;
  /** Paragraphs shown between the summary and the links. */
  notes: string[];
  /** Extra files listed under "Optional": [label, path relative to the base, description]. */
  extras: [string, string, string][];
}

/** The llms.txt index: every guide's and every reference page's twin, by absolute URL. */
export function buildLlmsIndex(site: LlmsSite, twins: TwinDocument[]): string {
  const link = (twin: TwinDocument) =>
    `- [${twin.title}](${new URL(twin.path, site.baseUrl).href})${twin.description ? `: ${twin.description}` : ''}`;
  const guides = twins.filter((twin) => twin.kind === 'guide');
  const reference = twins.filter((twin) => twin.kind !== 'guide');
  return (
    [
      `# ${site.title}`,
      `> ${site.summary}`,
      ...site.notes,
      ...(guides.length > 0 ? [`## Guides\n\n${guides.map(link).join('\n')}`] : []),
      `## API reference\n\n${reference.map(link).join('\n')}`,
      `## Optional\n\n${site.extras.map(([label, path, text]) => `- [${label}](${new URL(path, site.baseUrl).href}): ${text}`).join('\n')}`,
    ].join('\n\n') + '\n'
  );
}

/** llms-full.txt: the title and summary, then every twin in full, each headed by its source URL. */
export function buildLlmsFull(site: LlmsSite, twins: TwinDocument[]): string {
  const parts = twins.map(
    (twin) =>
      `<!-- Source: ${new URL(twin.route, site.baseUrl).href} -->\n\n${twin.markdown.trim()}`,
  );
  const head = [`# ${site.title}`, `> ${site.summary}`, ...site.notes].join('\n\n');
  return [head, ...parts].join('\n\n---\n\n') + '\n';
}
