import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  deferBlock,
  deferPanel,
  restoreBlocks,
} from '../../src/components/cached-code/deferred-blocks.ts';

describe('deferred code blocks', () => {
  it('writes each block back where its placeholder stood, once', () => {
    const page = {};
    const first = deferBlock(page, '<figure>one</figure>');
    const second = deferBlock(page, '<figure>two</figure>');
    const tabs = `<div role="tabpanel">${first}</div><div role="tabpanel" hidden>${second}</div>`;
    assert.equal(
      restoreBlocks(page, tabs),
      '<div role="tabpanel"><figure>one</figure></div><div role="tabpanel" hidden><figure>two</figure></div>',
    );
    assert.throws(() => restoreBlocks(page, first), /no deferred code block/);
  });

  it('gives a block deferred after others were written back an id of its own', () => {
    const page = {};
    const samples = [
      deferBlock(page, '<figure>a</figure>'),
      deferBlock(page, '<figure>b</figure>'),
    ];
    const example = deferBlock(page, '<figure>c</figure>');
    assert.equal(restoreBlocks(page, samples.join('')), '<figure>a</figure><figure>b</figure>');
    const later = [deferBlock(page, '<figure>d</figure>'), deferBlock(page, '<figure>e</figure>')];
    assert.equal(
      restoreBlocks(page, example + later.join('')),
      '<figure>c</figure><figure>d</figure><figure>e</figure>',
    );
  });

  it('keeps the pages apart', () => {
    const page = {};
    const other = {};
    const placeholder = deferBlock(page, '<figure>one</figure>');
    assert.throws(() => restoreBlocks(other, placeholder), /no deferred code block/);
    assert.equal(restoreBlocks(page, placeholder), '<figure>one</figure>');
  });

  it('writes a deferred panel back with the code blocks deferred inside it', () => {
    const page = {};
    const block = deferBlock(page, '<figure>code</figure>');
    const panel = deferPanel(page, `<p>200 OK</p>${block}`);
    assert.equal(
      restoreBlocks(page, `<div role="tabpanel">${panel}</div>`),
      '<div role="tabpanel"><p>200 OK</p><figure>code</figure></div>',
    );
  });

  // Tabs gives a panel tabindex="0" when nothing in it is focusable: the placeholder must let it
  // judge the same way, a button when the content has something focusable and a span when not.
  const cases: [string, string, 'button' | 'span'][] = [
    ['plain text', '<p>No response body.</p>', 'span'],
    ['a link', '<p>See <a href="#response-200">200</a>.</p>', 'button'],
    ['an anchor without href', '<a id="x">x</a>', 'span'],
    ['a button', '<button type="button">Reproduce</button>', 'button'],
    ['a disabled button', '<button type="button" disabled>Reproduce</button>', 'span'],
    ['a hidden button', '<button hidden>Reproduce</button>', 'span'],
    ['a tabindex 0 region', '<div tabindex="0" role="region">x</div>', 'button'],
    ['a tabindex -1 element', '<div tabindex="-1">x</div>', 'span'],
    ['a summary', '<details><summary>More</summary></details>', 'button'],
    ['a hidden input', '<input type="hidden" name="x">', 'span'],
    ['a code block placeholder', '<button data-deferred-code-block="3"></button>', 'button'],
  ];
  for (const [name, html, tag] of cases) {
    it(`stands for a panel with ${name} by a ${tag}`, () => {
      assert.match(deferPanel({}, html), new RegExp(`^<${tag} data-deferred-code-block="0">`));
    });
  }
});
