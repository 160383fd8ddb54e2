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

  it('keeps the pages apart', () => {
    const page = {};
    const other = {};
    const placeholder = deferBlock(page, '<figure>one</figure>');
    assert.throws(() => restoreBlocks(other, placeholder), /no deferred code block/);
    assert.equal(restoreBlocks(page, placeholder), '<figure>one</figure>');
  });
});
