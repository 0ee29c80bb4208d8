// The production app for benchmarks: built when its sources changed (build stamp), then served
// with `next start` by the benchmark, which waits for it to answer.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../db/migrations-dir';
import { isBuildCurrent, sourceFingerprint, writeBuildStamp } from '../lib/build-stamp';
import { bin, run } from '../lib/run';

/** Builds into `distDir` (relative to the project) unless the build there is current; `args` go to `next build`. */
export async function ensureBuild(distDir: string, env: NodeJS.ProcessEnv, args: string[] = []) {
  const fullPath = path.join(PROJECT_ROOT, distDir);
  const fingerprint = sourceFingerprint(PROJECT_ROOT);
  if (isBuildCurrent(fullPath, fingerprint)) return console.log(`${distDir} is current.`);
  console.log(`Building into ${distDir}…`);
  await run(bin('next'), ['build', ...args], { env: { ...env, MARGIN_DIST_DIR: distDir }, cwd: PROJECT_ROOT });
  writeBuildStamp(fullPath, fingerprint);
}

/** Resolves once `url` answers 2xx (within a minute). */
export async function waitForServer(url: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer on ${url}.`);
}

/** Stops a server the benchmark started: SIGTERM (it shuts down gracefully), SIGKILL after 15 s. */
export async function stopServer(app: ChildProcess | null) {
  if (!app || app.exitCode !== null) return;
  const exited = new Promise((resolve) => app.once('exit', resolve));
  app.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (app.exitCode === null) app.kill('SIGKILL');
}
