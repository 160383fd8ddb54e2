/**
 * Bytes a page makes Chromium fetch, by kind, counted from the responses themselves: raw is the
 * body as decoded, gzip is gzip -9 of it computed here, so figures do not depend on the server's
 * compression. Shared by the page-weight benchmark and the byte-budget tests.
 */
import type { Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

/** What a response was, for the weight tables. */
export type FetchedKind = 'html' | 'css' | 'js' | 'other';

/** One fetched file (or one inline script of the document). */
export interface FetchedFile {
  /** The URL, or `inline script #n`. */
  name: string;
  kind: FetchedKind;
  raw: number;
  gzip: number;
  /** The body as text (to tell, say, a Scalar chunk from others). */
  text: string;
}

const KINDS: Record<string, FetchedKind> = { document: 'html', stylesheet: 'css', script: 'js' };

function toFile(name: string, kind: FetchedKind, body: Buffer): FetchedFile {
  return {
    name,
    kind,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    text: body.toString('utf8'),
  };
}

/** Starts recording what `page` fetches; `files()` returns everything recorded so far. */
export function recordFetched(page: Page): { files(): Promise<FetchedFile[]> } {
  const pending: Array<Promise<FetchedFile | undefined>> = [];
  page.on('response', (response) => {
    const kind = KINDS[response.request().resourceType()] ?? 'other';
    // Redirects and 204s have no body; a failed read is left out rather than counted as zero.
    pending.push(
      response.body().then(
        (body) => toFile(response.url(), kind, body),
        () => undefined,
      ),
    );
  });
  return { files: async () => (await Promise.all(pending)).filter((file) => file !== undefined) };
}

/** The document's inline scripts (not JSON data blocks), as JS files. */
export async function inlineScripts(page: Page): Promise<FetchedFile[]> {
  const texts = await page.evaluate(() =>
    [...document.scripts]
      .filter((script) => !script.src && !/json/.test(script.type))
      .map((script) => script.text),
  );
  return texts.map((text, index) => toFile(`inline script #${index + 1}`, 'js', Buffer.from(text)));
}

/** Raw and gzip totals of the files of one kind. */
export function totalOf(files: FetchedFile[], kind: FetchedKind): { raw: number; gzip: number } {
  return files
    .filter((file) => file.kind === kind)
    .reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip }), {
      raw: 0,
      gzip: 0,
    });
}
