/** A fenced code block of a guide, with the annotations of its fence line. */
export interface CodeBlock {
  /** File path relative to src/content/docs. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  meta: Record<string, string>;
  code: string;
}

const OPEN = /^(\s*)(`{3,}|~{3,})([^\s`]*)\s*(.*)$/;
const META_PAIR = /([\w-]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;

/** Every fenced code block of a Markdown/MDX text, indentation (list items, steps) removed. */
export function extractCodeBlocks(text: string, file: string): CodeBlock[] {
  const lines = text.split('\n');
  const blocks: CodeBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = OPEN.exec(lines[index] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', lang = '', rest = ''] = open;
    const body: string[] = [];
    let end = index + 1;
    const close = new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    while (end < lines.length && !close.test(lines[end] ?? '')) {
      body.push((lines[end] ?? '').replace(new RegExp(`^ {0,${indent.length}}`), ''));
      end += 1;
    }
    blocks.push({
      file,
      line: index + 1,
      lang: lang.toLowerCase(),
      meta: parseMeta(rest),
      code: `${body.join('\n')}\n`,
    });
    index = end;
  }
  return blocks;
}

/** `run=skip reason="a b" title="x.sh"` → `{ run: 'skip', reason: 'a b', title: 'x.sh' }`; bare words map to ''. */
export function parseMeta(text: string): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const match of text.matchAll(META_PAIR)) {
    meta[match[1] ?? ''] = match[2] ?? match[3] ?? match[4] ?? '';
  }
  return meta;
}
