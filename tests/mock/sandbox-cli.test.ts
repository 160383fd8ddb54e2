import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';

/** Runs `node scripts/sandbox.ts` with arguments; `onReady` gets the banner and may stop it. */
function runSandbox(
  args: string[],
  onReady?: (banner: string, stop: () => void) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/sandbox.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (onReady && stdout.includes('Ctrl-C stops it.')) {
        const ready = onReady;
        onReady = undefined;
        ready(stdout, () => child.kill('SIGTERM'));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

test('prints its URL, token and state, answers, and stops cleanly on SIGTERM', async () => {
  let answered = 0;
  const result = await runSandbox(
    ['--port', '0', '--read-only', '--unavailable', 'import'],
    (banner, stop) => {
      const baseUrl = /on (http:\/\/127\.0\.0\.1:\d+\/api\/v1)/.exec(banner)?.[1];
      void fetch(`${baseUrl}/health`, {
        headers: { Authorization: 'Bearer sessiondock-sandbox-token' },
      })
        .then((response) => {
          answered = response.status;
        })
        .finally(stop);
    },
  );
  assert.equal(result.code, 0, result.stderr);
  assert.equal(answered, 200);
  assert.match(result.stdout, /token\s+sessiondock-sandbox-token/);
  assert.match(result.stdout, /configured read-only, effective read-only/);
  assert.match(result.stdout, /services off\s+import/);
  assert.match(result.stdout, /GET \/api\/v1\/health → 200/);
  assert.match(result.stdout, /Sandbox stopped\./);
});

test('says the port is taken, and exits with 3', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    const result = await runSandbox(['--port', String(port)]);
    assert.equal(result.code, 3);
    assert.match(
      result.stderr,
      new RegExp(`port ${port} is in use — is SessionDock already running\\? Use --port`),
    );
  } finally {
    blocker.close();
  }
});

test('refuses a host that is not loopback, and exits with 2', async () => {
  const result = await runSandbox(['--host', '0.0.0.0']);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /loopback/);
});
