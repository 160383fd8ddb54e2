import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { notConfirmedNote } from '../../src/lib/guides/not-confirmed-note.ts';
import { schemaFields } from '../../src/lib/guides/schema-fields.ts';
import { parseContractText } from '../../src/lib/openapi/parse-contract-text.ts';
import { siteConfig } from '../../site.config.ts';
import { GUIDES_DIR } from './guide-blocks.ts';
import { unverifiedTerms } from './unverified-terms.ts';

/**
 * A guide that names an error code, status or field which only unverified parts of the contract
 * define must show the "Not confirmed" marker for it in the same section (between two headings):
 * `<NotConfirmed at="…" />` with one of the contract locations whose note covers the name, or the
 * `<SchemaFields of="…" />` table of the schema that carries it.
 */
const document = parseContractText(
  readFileSync(siteConfig.contractPath, 'utf8'),
  siteConfig.contractPath,
);
const terms = unverifiedTerms(document);

/** A guide's sections: heading, its prose without code blocks, and the markers it holds. */
function sections(
  text: string,
): { heading: string; line: number; prose: string; markers: string[] }[] {
  const result: { heading: string; line: number; prose: string; markers: string[] }[] = [];
  let current = { heading: '(top of the page)', line: 1, prose: '', markers: [] as string[] };
  let fence: string | undefined;
  for (const [index, line] of text.split('\n').entries()) {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(line);
    if (fence !== undefined) {
      if (fenceMatch && fenceMatch[1]?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1];
      continue;
    }
    if (/^#{2,4}\s/.test(line)) {
      result.push(current);
      current = { heading: line.replace(/^#+\s*/, ''), line: index + 1, prose: '', markers: [] };
      continue;
    }
    for (const match of line.matchAll(/<(?:NotConfirmed\s+at|SchemaFields\s+of)="([^"]+)"/g))
      current.markers.push(match[1] ?? '');
    current.prose += `${line}\n`;
  }
  result.push(current);
  return result;
}

/** Whether the guide text names the term: a code or field in backticks, a status as a number. */
function names(prose: string, term: { term: string; kind: string }): boolean {
  if (term.kind === 'status')
    return new RegExp(`\\b${term.term}\\b`).test(prose.replace(/<[^>]*>/g, ''));
  return prose.includes(`\`${term.term}\``);
}

describe('guides mark what the contract marks unverified', () => {
  it('finds unverified codes, statuses and fields in the contract', () => {
    const kinds = new Set(terms.map((term) => term.kind));
    assert.deepEqual([...kinds].sort(), ['error code', 'field', 'status']);
  });

  const files = readdirSync(GUIDES_DIR, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .sort();

  // A site built from another contract leaves markers it cannot resolve out; on ours, none may be.
  it('point every marker at a note the contract has, and every fields table at a schema', () => {
    const broken: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(GUIDES_DIR, file), 'utf8');
      for (const match of text.matchAll(/<NotConfirmed\s+(at|about)="([^"]+)"/g)) {
        try {
          notConfirmedNote(document, { [match[1] ?? 'at']: match[2] });
        } catch (error) {
          broken.push(`${file}: ${(error as Error).message}`);
        }
      }
      for (const match of text.matchAll(/<SchemaFields\s+of="([^"]+)"/g)) {
        try {
          schemaFields(document, match[1] ?? '');
        } catch (error) {
          broken.push(`${file}: ${(error as Error).message}`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });
  for (const file of files) {
    it(`${file} shows the marker wherever it names one`, () => {
      const unmarked: string[] = [];
      for (const section of sections(readFileSync(join(GUIDES_DIR, file), 'utf8'))) {
        for (const term of terms) {
          if (!names(section.prose, term)) continue;
          const covered = section.markers.some((marker) =>
            term.pointers.some((pointer) => pointer === marker || pointer.startsWith(`${marker}/`)),
          );
          if (!covered)
            unmarked.push(
              `line ${section.line} "${section.heading}": ${term.kind} ${term.term} (mark with <NotConfirmed at="${term.pointers[0]}" />)`,
            );
        }
      }
      assert.deepEqual(unmarked, []);
    });
  }
});
