/**
 * A production build of a copy of the working tree, served by `astro preview` on loopback, for the
 * benchmarks that load pages in a browser. The copy keeps concurrent builds in the checkout from
 * colliding in `.astro/` (see snapshot-site.ts); the build goes to a directory of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { siteConfig } from '../../site.config.ts';
import { measureBuild } from '../scale/measure-build.ts';
import { snapshotSite } from '../scale/snapshot-site.ts';

/** A build ready to serve: the copy it was made from and its output. */
export interface SiteBuild {
  siteDir: string;
  distDir: string;
}

/** A running `astro preview`. */
export interface Preview {
  /** The site's base URL, such as `http://127.0.0.1:4400/docs/`. */
  url: string;
  stop(): Promise<void>;
}

/** Copies the working tree into `work/site` and builds it into `work/dist` (or reuses that build with `reuse`). */
export async function buildCopy(root: string, work: string, reuse = false): Promise<SiteBuild> {
  const build = { siteDir: join(work, 'site'), distDir: join(work, 'dist') };
  if (reuse && existsSync(join(build.distDir, 'index.html'))) return build;
  snapshotSite(root, build.siteDir);
  process.stderr.write(`bench: building a copy of the working tree into ${build.distDir}\n`);
  const cost = await measureBuild(build.siteDir, build.distDir, {}, join(work, 'build.log'));
  process.stderr.write(`bench: built in ${cost.seconds.toFixed(1)} s\n`);
  return build;
}

/** Starts `astro preview` of a build on 127.0.0.1:`port` and resolves once it answers. */
export async function startPreview(build: SiteBuild, port: number): Promise<Preview> {
  // The astro binary itself (not npx), so that stopping it frees the port.
  const child: ChildProcess = spawn(
    process.execPath,
    [
      join(build.siteDir, 'node_modules/astro/bin/astro.mjs'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--outDir',
      build.distDir,
    ],
    {
      cwd: build.siteDir,
      stdio: 'ignore',
    },
  );
  const base = siteConfig.basePath === '/' ? '/' : `${siteConfig.basePath}/`;
  const url = `http://127.0.0.1:${port}${base}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) {
        resolve();
        return;
      }
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  for (const deadline = Date.now() + 60_000; Date.now() < deadline;) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with ${child.exitCode}`);
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`astro preview did not answer at ${url} within 60 s`);
}
