import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deferBlock, restoreBlocks } from '../../src/components/cached-code/deferred-blocks.ts';

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
});
