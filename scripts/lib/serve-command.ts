// The command that serves the built app: `next start` itself for one instance, scripts/serve.mjs
// (Node's cluster, one port) for MARGIN_INSTANCES > 1.
import path from 'node:path';
import { PROJECT_ROOT } from '../db/migrations-dir';
import { instanceCount } from './instances.mjs';
import { bin } from './run';

/** [command, arguments] for `next start <nextArgs>`; `nodeFlags` (e.g. --cpu-prof) reach every instance. */
export function serveCommand(nextArgs: string[], nodeFlags: string[] = [], instances = instanceCount()): [string, string[]] {
  if (instances > 1) return [process.execPath, [...nodeFlags, path.join(PROJECT_ROOT, 'scripts/serve.mjs'), 'start', ...nextArgs]];
  if (nodeFlags.length > 0)
    return [process.execPath, [...nodeFlags, path.join(PROJECT_ROOT, 'node_modules/next/dist/bin/next'), 'start', ...nextArgs]];
  return [bin('next'), ['start', ...nextArgs]];
}
