/** The build-at-scale results as Markdown tables: medians per site and size, then ours ÷ peer. */
import type { BuildCost, BuildOutput } from './measure-build.ts';

/** One measured build. */
export interface SiteResult extends BuildCost, BuildOutput {
  site: 'ours' | 'peer';
  size: number;
  run: number;
  loadBefore: number;
  loadAfter: number;
}

type Figure =
  'seconds' | 'peakRssBytes' | 'totalBytes' | 'htmlBytes' | 'pageBytes' | 'sidebarBytes';

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (index: number) => sorted[index] ?? Number.NaN;
  return sorted.length % 2 === 1 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

function medianOf(
  results: SiteResult[],
  site: string,
  size: number,
  figure: Figure,
): number | undefined {
  const values = results
    .filter((result) => result.site === site && result.size === size)
    .map((result) => result[figure]);
  return values.length === 0 ? undefined : median(values);
}

const COLUMNS: Array<[string, Figure, (value: number) => string]> = [
  ['build', 'seconds', (value) => `${value.toFixed(1)} s`],
  ['peak memory', 'peakRssBytes', (value) => `${(value / 2 ** 30).toFixed(2)} GiB`],
  ['output', 'totalBytes', (value) => `${(value / 1e6).toFixed(1)} MB`],
  ['all HTML', 'htmlBytes', (value) => `${(value / 1e6).toFixed(1)} MB`],
  ['one operation page', 'pageBytes', (value) => `${(value / 1e3).toFixed(1)} KB`],
  ['its sidebar', 'sidebarBytes', (value) => `${(value / 1e3).toFixed(1)} KB`],
];

/** Medians per site and size, and our figures divided by the peer's (above 1: ours costs more). */
export function formatReport(results: SiteResult[], sizes: number[]): string {
  const sites = [...new Set(results.map((result) => result.site))];
  const lines = [
    `| operations | site | ${COLUMNS.map(([label]) => label).join(' | ')} | HTML pages | load (1 min) |`,
    `|---|---|${COLUMNS.map(() => '---|').join('')}---|---|`,
  ];
  for (const size of sizes) {
    for (const site of sites) {
      const cells = COLUMNS.map(([, figure, format]) => {
        const value = medianOf(results, site, size, figure);
        return value === undefined ? '–' : format(value);
      });
      const runs = results.filter((result) => result.site === site && result.size === size);
      const pages = runs[0]?.htmlFiles ?? 0;
      const load = runs.map((result) => result.loadBefore.toFixed(1)).join(', ');
      lines.push(
        `| ${size} | ${site === 'ours' ? 'SessionDock docs' : 'starlight-openapi'} | ${cells.join(' | ')} | ${pages} | ${load} |`,
      );
    }
  }
  if (sites.length === 2) {
    lines.push(
      '',
      `| operations | ${COLUMNS.map(([label]) => `${label}: ours ÷ peer`).join(' | ')} |`,
      `|---|${COLUMNS.map(() => '---|').join('')}`,
    );
    for (const size of sizes) {
      const ratios = COLUMNS.map(([, figure]) => {
        const ours = medianOf(results, 'ours', size, figure);
        const peer = medianOf(results, 'peer', size, figure);
        return ours === undefined || peer === undefined || peer === 0
          ? '–'
          : `${(ours / peer).toFixed(2)}×`;
      });
      lines.push(`| ${size} | ${ratios.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}
