import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Runner } from './classify-block.ts';

/** How each language's block is saved and started. */
const PROGRAMS: Record<
  Exclude<Runner, 'powershell'>,
  { file: string; command: (file: string) => string[] }
> = {
  // -e and pipefail: a failing step in the middle of a block must fail the block.
  bash: { file: 'example.sh', command: (file) => ['bash', '-e', '-o', 'pipefail', file] },
  'node-js': { file: 'example.mjs', command: (file) => [process.execPath, file] },
  'node-ts': { file: 'example.mts', command: (file) => [process.execPath, file] },
  python: { file: 'example.py', command: (file) => ['python3', file] },
};

export interface BlockResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Saves `code` in `workdir` and runs it there with only the given environment (plus PATH). */
export async function runBlock(
  runner: Exclude<Runner, 'powershell'>,
  code: string,
  options: { workdir: string; env: Record<string, string>; args: string[]; timeoutMs: number },
): Promise<BlockResult> {
  const program = PROGRAMS[runner];
  await writeFile(join(options.workdir, program.file), code);
  const [command = '', ...args] = [...program.command(program.file), ...options.args];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.workdir,
      env: { PATH: process.env.PATH ?? '', HOME: options.workdir, LANG: 'C.UTF-8', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearTimeout(timer);
      resolve({ exitCode, stdout, stderr, timedOut });
    });
  });
}
