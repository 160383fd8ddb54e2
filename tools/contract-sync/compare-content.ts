import type { MediaTypeModel } from '../../src/lib/openapi/model.ts';
import { compareExamples, type Finding } from './compare-examples.ts';
import { compareSchemas } from './compare-schemas.ts';

/** More schema differences than this in one place are counted, not listed. */
const LISTED_PER_SCHEMA = 12;

/**
 * Compares the media types of a request body or a response: media types on one side only, then
 * for each shared one its schema (structurally, with the JSON pointer of each difference) and
 * its named examples.
 */
export function compareContent(
  where: string,
  ours: MediaTypeModel[],
  theirs: MediaTypeModel[],
): Finding[] {
  const findings: Finding[] = [];
  for (const media of ours) {
    const other = theirs.find((candidate) => candidate.mediaType === media.mediaType);
    if (!other) {
      findings.push({ where: `${where} ${media.mediaType}`, what: 'only in our contract' });
      continue;
    }
    findings.push(
      ...compareSchemaOf(`${where} ${media.mediaType} schema`, media.schema, other.schema),
    );
    findings.push(...compareExamples(where, media.examples, other.examples));
  }
  for (const media of theirs) {
    if (!ours.some((candidate) => candidate.mediaType === media.mediaType)) {
      findings.push({ where: `${where} ${media.mediaType}`, what: "only in the app's document" });
    }
  }
  return findings;
}

/** Schema differences as findings, one per JSON pointer, the long tail counted. */
export function compareSchemaOf(where: string, ours: unknown, theirs: unknown): Finding[] {
  const differences = compareSchemas(ours, theirs);
  const listed = differences.slice(0, LISTED_PER_SCHEMA).map((difference) => ({
    where,
    what: `${difference.path === '' ? '/' : difference.path}: ours ${difference.ours}, app ${difference.theirs}`,
  }));
  if (differences.length > LISTED_PER_SCHEMA) {
    listed.push({
      where,
      what: `…and ${differences.length - LISTED_PER_SCHEMA} more schema differences`,
    });
  }
  return listed;
}
