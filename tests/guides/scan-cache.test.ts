import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHighlighterCore } from 'shiki/core';
import { createOnigurumaEngine } from 'shiki/engine/oniguruma';
import { installScanCache, scanCacheStats } from '../../src/lib/highlight/scan-cache.ts';

// Installed before the highlighter compiles anything, as astro.config.mjs does.
installScanCache();
const highlighter = await createHighlighterCore({
  themes: [import('shiki/themes/night-owl.mjs'), import('shiki/themes/github-light.mjs')],
  langs: [import('shiki/langs/python.mjs'), import('shiki/langs/powershell.mjs')],
  engine: createOnigurumaEngine(import('shiki/wasm')),
});

const sample = (path: string) =>
  [
    'import os',
    'import requests',
    '',
    `response = requests.get("http://127.0.0.1:18432/api/v1${path}",`,
    '    headers={"Authorization": f"Bearer {os.environ[\'SESSIONDOCK_TOKEN\']}"})',
    'print(response.json())',
  ].join('\n');

const since = (before: { hits: number; misses: number }) => {
  const now = scanCacheStats();
  return { hits: now.hits - before.hits, misses: now.misses - before.misses };
};

describe('the scan cache', () => {
  it('answers the second theme of a block from the scans of the first', () => {
    const start = scanCacheStats();
    highlighter.codeToTokensBase(sample('/sessions'), { lang: 'python', theme: 'night-owl' });
    const dark = since(start);
    assert.equal(dark.hits, 0);
    assert.ok(dark.misses > 20);
    const beforeLight = scanCacheStats();
    highlighter.codeToTokensBase(sample('/sessions'), { lang: 'python', theme: 'github-light' });
    assert.deepEqual(since(beforeLight), { hits: dark.misses, misses: 0 });
  });

  it('scans again only the line that differs in the next operation', () => {
    const before = scanCacheStats();
    highlighter.codeToTokensBase(sample('/tags'), { lang: 'python', theme: 'night-owl' });
    const next = since(before);
    assert.ok(next.misses > 0 && next.misses < next.hits, JSON.stringify(next));
  });

  it('keeps the colours of a highlighter that never saw the cache', async () => {
    const code = sample('/sessions/{id}');
    const cached = highlighter.codeToHtml(code, { lang: 'python', theme: 'github-light' });
    // A second, fresh engine and grammar set: its scanners are compiled through the cache too,
    // but its first pass has nothing to hit, so its HTML is what the regex engine alone gives.
    const fresh = await createHighlighterCore({
      themes: [import('shiki/themes/github-light.mjs')],
      langs: [import('shiki/langs/python.mjs')],
      engine: createOnigurumaEngine(import('shiki/wasm')),
    });
    assert.equal(fresh.codeToHtml(code, { lang: 'python', theme: 'github-light' }), cached);
  });
});
