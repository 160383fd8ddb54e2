import { resolveLink } from './resolve-link.ts';
import { fence } from './render-json.ts';

/** A guide as the content collection gives it. */
export interface GuideSource {
  /** Route relative to the base: `installation/`, `` for the home page. */
  route: string;
  title: string;
  description?: string | undefined;
  /** The MDX or Markdown body, frontmatter excluded. */
  body: string;
}

export interface GuideContext {
  basePath: string;
  /** Routes (relative to the base) of pages that have a twin: links to them point at the twin. */
  twinRoutes: ReadonlySet<string>;
  /** Text of the `{name}` expressions used by `<Code code={name} />` (generated content). */
  values: Readonly<Record<string, string>>;
  /** Self-closing components (`<NotConfirmed at="…" />`) rendered as Markdown from their string props. */
  components?:
    Readonly<Record<string, (props: Readonly<Record<string, string>>) => string>> | undefined;
}

const DROPPED_LINE =
  /^\s*(import\s.+from\s.+;?|export\s+const\s.+|<\/?(Steps|Tabs|CardGrid|TabItem|Card)(\s[^>]*)?>|<\/Aside>)\s*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})(\S*)(.*)$/;

/** The Markdown twin of a guide: MDX components turned into plain Markdown, links made absolute. */
export function mdxToMarkdown(guide: GuideSource, context: GuideContext): string {
  const out: string[] = [`# ${guide.title}`, ''];
  if (guide.description) out.push(`> ${guide.description}`, '');
  let openFence: string | undefined;
  let inAside = false;
  for (const line of guide.body.split('\n')) {
    const fenceMatch = FENCE.exec(line);
    if (openFence !== undefined) {
      if (fenceMatch && fenceMatch[2] === openFence && fenceMatch[3] === '') openFence = undefined;
      out.push(quote(line, inAside));
      continue;
    }
    if (fenceMatch) {
      openFence = fenceMatch[2];
      // Keep the language only: the rest of the meta line is for the site and its tests.
      out.push(quote(`${fenceMatch[1]}${fenceMatch[2]}${fenceMatch[3]}`, inAside));
      continue;
    }
    // Checked before convertLine, which drops the closing tag.
    if (/^\s*<\/Aside>/.test(line)) {
      inAside = false;
      continue;
    }
    const converted = convertLine(line, guide.route, context);
    if (converted === null) continue;
    if (/^\s*<Aside\b/.test(line)) inAside = true;
    out.push(/^\s*<Aside\b/.test(line) ? converted : quote(converted, inAside));
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** One line outside code: null to drop it, else its Markdown. */
function convertLine(line: string, route: string, context: GuideContext): string | null {
  const label = /^\s*<(TabItem|Card)\s[^>]*(?:label|title)="([^"]*)"[^>]*>\s*$/.exec(line);
  if (label) return `**${label[2]}**`;
  if (DROPPED_LINE.test(line)) return null;
  const aside = /^\s*<Aside(?:\s+type="(\w+)")?(?:\s+title="([^"]*)")?\s*>\s*$/.exec(line);
  if (aside) return `> **${aside[2] ?? capitalize(aside[1] ?? 'note')}**\n>`;
  const code = /^\s*<Code\s+code=\{(?:\w+\.)*(\w+)\}\s+lang="(\w+)"[^>]*\/>\s*$/.exec(line);
  if (code) {
    const value = context.values[code[1] ?? ''];
    if (value === undefined)
      throw new Error(`Markdown twin of "${route}": no value for <Code code={${code[1]}} />`);
    return fence(value, code[2]);
  }
  const linkCard =
    /^\s*<LinkCard\s+title="([^"]*)"\s+href="([^"]*)"(?:\s+description="([^"]*)")?\s*\/>\s*$/.exec(
      line,
    );
  if (linkCard) {
    const href = resolveLink(linkCard[2] ?? '', route, context);
    return `- [${linkCard[1]}](${href})${linkCard[3] ? `: ${linkCard[3]}` : ''}`;
  }
  return renderComponents(line, context)
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, (_m, alt: string) => `*Diagram: ${alt}*`)
    .replace(
      /(?<!!)\[([^\]]*)\]\(([^)\s]+)\)/g,
      (_m, text: string, href: string) => `[${text}](${resolveLink(href, route, context)})`,
    );
}

/** Replaces each known self-closing component of a line by its Markdown; unknown ones stay as written. */
function renderComponents(line: string, context: GuideContext): string {
  const components = context.components;
  if (!components) return line;
  return line.replace(
    /<([A-Z]\w*)((?:\s+[\w-]+="[^"]*")*)\s*\/>/g,
    (whole, name: string, attributes: string) => {
      const render = components[name];
      if (!render) return whole;
      const props = Object.fromEntries(
        [...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
      );
      return render(props);
    },
  );
}

function quote(line: string, inAside: boolean): string {
  return inAside ? `> ${line}`.trimEnd() : line;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
