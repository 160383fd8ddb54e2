import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createWriteGate } from '../../mcp/write-gate.ts';

/** A gate whose app reports the modes given, in turn; records each announced change. */
function gateOver(allowWrites: boolean, initialMode: string, modes: (string | Error)[]) {
  const changes: boolean[] = [];
  const gate = createWriteGate({
    allowWrites,
    initialMode,
    readMode: () => {
      const next = modes.shift();
      return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
    },
    onChange: (open) => changes.push(open),
  });
  return { gate, changes };
}

describe('createWriteGate', () => {
  it('keeps writes closed without --allow-writes, whatever the mode', async () => {
    const { gate, changes } = gateOver(false, 'full-automation', ['full-automation']);
    assert.equal(gate.writesOpen(), false);
    await gate.recheck();
    assert.deepEqual(changes, []);
  });

  it('opens writes in full-automation and announces each change of the mode', async () => {
    const { gate, changes } = gateOver(true, 'full-automation', [
      'read-only',
      'read-only',
      'full-automation',
    ]);
    assert.equal(gate.writesOpen(), true);
    await gate.recheck();
    await gate.recheck();
    await gate.recheck();
    assert.deepEqual(changes, [false, true]);
  });

  it('closes writes when the mode cannot be read', async () => {
    const { gate, changes } = gateOver(true, 'full-automation', [new Error('app stopped')]);
    await gate.recheck();
    assert.equal(gate.writesOpen(), false);
    assert.equal(gate.mode(), undefined);
    assert.deepEqual(changes, [false]);
  });

  it('treats disabled like read-only', () => {
    assert.equal(gateOver(true, 'disabled', []).gate.writesOpen(), false);
  });
});
