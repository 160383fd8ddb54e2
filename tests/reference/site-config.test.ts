/**
 * The product words of site.config.ts: SessionDock's for its own contract, neutral for another,
 * and each one overridable from the environment at build time.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** site.config.ts as a build with exactly these DOCS_* variables sees it. */
async function configWith(docs: Record<string, string>): Promise<Record<string, unknown>> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('DOCS_')),
  );
  const script =
    "const { siteConfig } = await import('./site.config.ts'); console.log(JSON.stringify(siteConfig));";
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...env, ...docs },
  });
  return JSON.parse(stdout) as Record<string, unknown>;
}

describe('site.config.ts product words', () => {
  it('uses SessionDock’s words, guides and extension for SessionDock’s contract', async () => {
    const config = await configWith({});
    assert.equal(config.guides, true);
    assert.deepEqual(config.product, {
      name: 'SessionDock',
      title: 'SessionDock Developer Docs',
      description: (config.product as { description: string }).description,
      logo: './src/assets/sessiondock-mark.svg',
      tokenVariable: 'SESSIONDOCK_TOKEN',
      tokenLabel: 'Local API token',
      baseUrlVariable: 'SESSIONDOCK_BASE_URL',
      modeExtension: 'x-sessiondock-mode',
      panel: {
        mock: 'a mock of SessionDock',
        app: 'My SessionDock',
        tokenSource: "Paste the token from SessionDock's Settings",
      },
    });
    assert.match((config.product as { description: string }).description, /SessionDock/);
  });

  it('speaks no product’s words for another contract', async () => {
    const config = await configWith({ DOCS_CONTRACT: 'tests/fixtures/contracts/combined.yaml' });
    assert.doesNotMatch(JSON.stringify(config.product), /SessionDock|SESSIONDOCK|sessiondock/);
    const product = config.product as Record<string, unknown>;
    for (const key of [
      'name',
      'title',
      'tokenVariable',
      'tokenLabel',
      'baseUrlVariable',
      'modeExtension',
      'logo',
    ])
      assert.equal(product[key], undefined, key);
  });

  it('takes each word, and the guides switch, from the environment', async () => {
    const config = await configWith({
      DOCS_CONTRACT: 'other.yaml',
      DOCS_GUIDES: 'off',
      DOCS_PRODUCT: 'Acme',
      DOCS_TOKEN_VARIABLE: 'ACME_TOKEN',
      DOCS_MODE_EXTENSION: 'x-acme-mode',
    });
    const product = config.product as Record<string, unknown>;
    assert.equal(config.guides, false);
    assert.equal(product.title, 'Acme Developer Docs');
    assert.equal(product.tokenVariable, 'ACME_TOKEN');
    assert.equal(product.modeExtension, 'x-acme-mode');
    assert.deepEqual(product.panel, {
      mock: 'a mock of Acme',
      app: 'My Acme',
      tokenSource: "Paste the token from Acme's Settings",
    });
    const switchedOff = (await configWith({ DOCS_MODE_EXTENSION: 'off' })).product as Record<
      string,
      unknown
    >;
    assert.equal(switchedOff.modeExtension, undefined);
    assert.equal(switchedOff.tokenVariable, 'SESSIONDOCK_TOKEN');
  });
});
