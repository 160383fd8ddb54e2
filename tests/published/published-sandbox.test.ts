import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SANDBOX_TOKEN } from '../../mocks/selection/sandbox-token.ts';
import { publishScript, runPublishedScript } from '../support/published-script.ts';

test('the published sandbox runs alone from an empty folder and answers /health with its token', async () => {
  const file = await publishScript('sessiondock-sandbox.mjs');
  assert.deepEqual(readdirSync(join(file, '..')), ['sessiondock-sandbox.mjs']);
  const child = runPublishedScript(file, ['--port', '0', '--read-only']);
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /on (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/.exec(stdout)?.[1];
      if (url && stdout.includes('Ctrl-C stops it.')) resolve(url);
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const refused = await fetch(`${baseUrl}/health`);
    assert.equal(refused.status, 401, 'no token, no answer');
    const health = await fetch(`${baseUrl}/health`, {
      headers: { Authorization: `Bearer ${SANDBOX_TOKEN}` },
    });
    assert.equal(health.status, 200);
    const body = (await health.json()) as { data: { effectiveMode: string } };
    assert.equal(
      body.data.effectiveMode,
      'read-only',
      'the command-line flag reached the bundled mock',
    );
  } finally {
    child.kill('SIGTERM');
  }
  assert.equal(await exited, 0, stderr);
  rmSync(join(file, '..'), { recursive: true, force: true });
  assert.match(stdout, /Sandbox stopped\./);
});

test('the published sandbox prints its usage as a downloaded file', async () => {
  const file = await publishScript('sessiondock-sandbox.mjs');
  const child = runPublishedScript(file, ['--help']);
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  rmSync(join(file, '..'), { recursive: true, force: true });
  assert.equal(code, 0);
  assert.match(stdout, /^Usage: node sessiondock-sandbox\.mjs \[options\]/);
  assert.match(stdout, /--unavailable S\[,S\]/);
});
