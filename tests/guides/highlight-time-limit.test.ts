import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pluginShiki } from '@expressive-code/plugin-shiki';
import { ExpressiveCode, ExpressiveCodeTheme } from 'expressive-code';
import { toHtml } from 'expressive-code/hast';
import { bundledThemes } from 'shiki';
import { shikiEngine, shikiOptions } from '../../src/lib/highlight/shiki-options.ts';

const themes = await Promise.all(
  (['night-owl', 'github-light'] as const).map(
    async (name) => new ExpressiveCodeTheme((await bundledThemes[name]()).default),
  ),
);
const withOurOptions = new ExpressiveCode({ themes, plugins: [pluginShiki(shikiOptions)] });
const withShikiDefaults = new ExpressiveCode({
  themes,
  plugins: [pluginShiki({ engine: shikiEngine })],
});

const code = [
  "import { readFile } from 'node:fs/promises';",
  "const tools = JSON.parse(await readFile('agent-tools.read-only.json', 'utf8')) as { name: string }[];",
].join('\n');

const highlight = async (ec: ExpressiveCode) =>
  toHtml((await ec.render({ code, language: 'ts' })).renderedGroupAst);

/** Highlights while the clock jumps a second at every reading, as a stalled machine sees it. */
async function highlightOnAStalledMachine(ec: ExpressiveCode): Promise<string> {
  const realNow = Date.now;
  let now = realNow();
  Date.now = () => (now += 1_000);
  try {
    return await highlight(ec);
  } finally {
    Date.now = realNow;
  }
}

describe('highlighting on a loaded machine', () => {
  it('gives a line its colours however long the tokenizer waited for the CPU', async () => {
    const calm = await highlight(withOurOptions);
    assert.equal(await highlightOnAStalledMachine(withOurOptions), calm);
  });

  it('is needed: with Shiki’s default limit the stalled line loses its colours', async () => {
    const calm = await highlight(withShikiDefaults);
    assert.notEqual(await highlightOnAStalledMachine(withShikiDefaults), calm);
  });
});
