/**
 * Sample outputs shown in the guides (a `text` block annotated `sample-output`) against what the
 * scripts that follow it really print or write. A sample may show only part of the output: each of
 * its lines must appear, whole and in order, among the output's lines. Lines starting with `$ `
 * show the command being run and are not output. A CSV sample is compared record by record, by
 * value: each language's CSV writer quotes differently (jq's `@csv` quotes strings, Python's `csv`
 * only when needed, PowerShell's `Export-Csv` everything), and readers of the file see one table.
 */
import { parse } from 'csv-parse/sync';

/** The lines a sample promises, without the `$ command` lines and blank lines. */
export function sampleLines(sample: string): string[] {
  return sample
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '' && !line.startsWith('$ '));
}

/** Lines of an output, or of a CSV file its records, as comparable strings. */
function units(lines: string[], csv: boolean): string[] {
  if (!csv) return lines;
  const records = parse(lines.join('\n'), { relax_column_count: true });
  return records.map((record) => JSON.stringify(record));
}

/**
 * The first line of the sample that the output does not have in order, or undefined when every
 * line is there. With `csv`, both are read as CSV and compared record by record.
 */
export function firstMissingLine(
  sample: string,
  output: string,
  { csv = false } = {},
): string | undefined {
  const wantedLines = sampleLines(sample);
  const wanted = units(wantedLines, csv);
  const lines = units(
    output
      .split('\n')
      .map((line) => line.replace(/\r$/, '').trimEnd())
      .filter((line) => !csv || line !== ''),
    csv,
  );
  let from = 0;
  for (const [index, unit] of wanted.entries()) {
    const found = lines.indexOf(unit, from);
    if (found < 0) return wantedLines[index];
    from = found + 1;
  }
  return undefined;
}
