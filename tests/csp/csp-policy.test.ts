import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import {
  formatHeadersFile,
  injectPolicyMeta,
  readHeadersFile,
  readPolicyMeta,
} from '../../integrations/csp/apply-policy.ts';
import { buildPolicy, formatPolicy } from '../../integrations/csp/build-policy.ts';
import { findInlineScripts, hashSource } from '../../integrations/csp/find-inline-scripts.ts';
import { contentSecurityPolicy } from '../../integrations/csp/index.ts';
import {
  forgetScriptHashes,
  protectPage,
  siteScriptHashes,
} from '../../integrations/csp/protect-page.ts';

describe('findInlineScripts', () => {
  const cases: [string, { html: string; want: string[] }][] = [
    ['finds a classic inline script', { html: '<script>a()</script>', want: ['a()'] }],
    [
      'finds an inline module script and keeps its exact text',
      { html: '<script type="module">\n\tb()\n</script>', want: ['\n\tb()\n'] },
    ],
    [
      'finds an import map, which CSP governs too',
      { html: '<script type="importmap">{}</script>', want: ['{}'] },
    ],
    [
      'skips a script loaded from a file',
      { html: '<script type="module" src="/docs/_astro/page.js"></script>', want: [] },
    ],
    [
      'skips JSON data blocks, which never run',
      {
        html: '<script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>',
        want: [],
      },
    ],
    ['reads upper-case tags', { html: '<SCRIPT>c()</SCRIPT>', want: ['c()'] }],
  ];
  for (const [title, { html, want }] of cases)
    it(title, () => assert.deepEqual(findInlineScripts(html), want));
});

describe('hashSource', () => {
  it('gives the hash a browser computes for the same script', () => {
    // The example of MDN's CSP script-src page.
    assert.equal(
      hashSource("alert('Hello, world.');"),
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    );
  });
});

describe('buildPolicy and formatPolicy', () => {
  const policy = buildPolicy(["'sha256-b'", "'sha256-a'", "'sha256-b'"]);
  const header = formatPolicy(policy, 'header');
  const meta = formatPolicy(policy, 'meta');
  const cases: [string, { policy: string; want: RegExp; present: boolean }][] = [
    [
      'allows scripts from the site and by hash, each hash once, in a stable order',
      {
        policy: header,
        want: /script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b';/,
        present: true,
      },
    ],
    [
      'never allows inline scripts by keyword or eval',
      { policy: header, want: /script-src[^;]*'unsafe-(inline|eval)'/, present: false },
    ],
    [
      "lets the panel call the reader's app on any loopback port",
      {
        policy: header,
        want: /connect-src 'self' http:\/\/127\.0\.0\.1:\* http:\/\/localhost:\*;/,
        present: true,
      },
    ],
    [
      'forbids plugins and base URL changes',
      { policy: header, want: /object-src 'none'; base-uri 'none';/, present: true },
    ],
    [
      'forbids framing in the header',
      { policy: header, want: /frame-ancestors 'none'$/, present: true },
    ],
    [
      'leaves frame-ancestors out of the meta, where browsers ignore it with a warning',
      { policy: meta, want: /frame-ancestors/, present: false },
    ],
  ];
  for (const [title, { policy: value, want, present }] of cases)
    it(title, () => assert.equal(want.test(value), present, value));

  it("gives the meta exactly the header's policy without frame-ancestors", () => {
    assert.equal(meta, header.replace("; frame-ancestors 'none'", ''));
  });
});

describe('injectPolicyMeta', () => {
  const cases: [string, { html: string; want: string }][] = [
    [
      'puts the meta right after <meta charset>, before any script',
      {
        html: '<html><head><meta charset="utf-8"/><script>a()</script></head>',
        want: '<html><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><script>a()</script></head>',
      },
    ],
    [
      'puts it first in <head> when there is no charset meta',
      {
        html: '<head lang="en"><link rel="stylesheet" href="a.css"></head>',
        want: '<head lang="en"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"><link rel="stylesheet" href="a.css"></head>',
      },
    ],
    [
      'replaces a policy meta already there instead of adding a second',
      {
        html: '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="script-src *"></head>',
        want: '<head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src \'self\'"></head>',
      },
    ],
  ];
  for (const [title, { html, want }] of cases)
    it(title, () => assert.equal(injectPolicyMeta(html, "default-src 'self'"), want));

  it('fails on a page without a head, rather than shipping it unprotected', () => {
    assert.throws(() => injectPolicyMeta('<p>fragment</p>', "default-src 'self'"), /no <head>/);
  });

  it('reads back the policy it wrote', () => {
    assert.equal(
      readPolicyMeta(injectPolicyMeta('<head></head>', "script-src 'self' 'sha256-a+b/c='")),
      "script-src 'self' 'sha256-a+b/c='",
    );
  });
});

describe('the _headers file', () => {
  it('sends the policy with every path and reads back the same value', () => {
    const text = formatHeadersFile("default-src 'self'; frame-ancestors 'none'");
    assert.match(
      text,
      /^\/\*\n {2}Content-Security-Policy: default-src 'self'; frame-ancestors 'none'$/m,
    );
    assert.equal(readHeadersFile(text), "default-src 'self'; frame-ancestors 'none'");
  });

  it('reads no policy from a file that has none for every path', () => {
    assert.equal(
      readHeadersFile(
        "/api/*\n  Content-Security-Policy: default-src 'none'\n/*\n  X-Frame-Options: DENY\n",
      ),
      undefined,
    );
  });
});

describe('contentSecurityPolicy', () => {
  it("gives each page its own scripts' hashes, and _headers every page's", () => {
    forgetScriptHashes();
    const home = protectPage(
      '<!DOCTYPE html><html><head><meta charset="utf-8"><script>home()</script></head></html>',
    );
    const guide = protectPage(
      '<!DOCTYPE html><html><head><meta charset="utf-8"><script>guide()</script><script type="module" src="/a.js"></script></head></html>',
    );
    const site = formatPolicy(buildPolicy(siteScriptHashes()), 'meta');
    assert.ok(site.includes(hashSource('home()')) && site.includes(hashSource('guide()')));
    assert.equal(readPolicyMeta(home), formatPolicy(buildPolicy([hashSource('home()')]), 'meta'));
    assert.equal(readPolicyMeta(guide), formatPolicy(buildPolicy([hashSource('guide()')]), 'meta'));
  });

  it('after the build, protects a page the middleware did not see and writes _headers', async () => {
    forgetScriptHashes();
    const dir = mkdtempSync(join(tmpdir(), 'csp-build-'));
    mkdirSync(join(dir, 'guide'));
    const rendered = protectPage(
      '<!DOCTYPE html><html><head><meta charset="utf-8"><script>home()</script></head></html>',
    );
    writeFileSync(join(dir, 'index.html'), rendered);
    writeFileSync(
      join(dir, 'guide', 'index.html'),
      '<!DOCTYPE html><html><head><meta charset="utf-8"><script>copied()</script></head></html>',
    );
    const hook = contentSecurityPolicy().hooks['astro:build:done'];
    const logger = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
    await hook?.({ dir: pathToFileURL(`${dir}/`), logger } as unknown as Parameters<
      NonNullable<typeof hook>
    >[0]);
    const header = readHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) ?? '';
    for (const script of ['home()', 'copied()'])
      assert.ok(header.includes(hashSource(script)), script);
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), rendered);
    assert.equal(
      readPolicyMeta(readFileSync(join(dir, 'guide', 'index.html'), 'utf8')),
      formatPolicy(buildPolicy([hashSource('copied()')]), 'meta'),
    );
  });
});
