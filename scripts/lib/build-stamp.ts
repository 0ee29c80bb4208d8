// Decides whether the production build is out of date: a fingerprint of the sources' paths,
// sizes and modification times, stored next to the build.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';

const SOURCES = [
  'app',
  'components',
  'lib',
  'auth.ts',
  'instrumentation.ts',
  'proxy.ts',
  'next.config.js',
  'package-lock.json',
  'postcss.config.mjs',
  'tsconfig.json',
];
const SKIP = new Set(['node_modules', 'generated']);

function collect(entry: string, out: string[]) {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) collect(path.join(entry, name), out);
  } else {
    out.push(`${entry}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceFingerprint(root: string): string {
  const lines: string[] = [];
  for (const source of SOURCES) collect(path.join(root, source), lines);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

export function isBuildCurrent(distDir: string, fingerprint: string): boolean {
  const stamp = path.join(distDir, 'margin-build-stamp');
  return fs.existsSync(path.join(distDir, 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === fingerprint;
}

export function writeBuildStamp(distDir: string, fingerprint: string) {
  fs.writeFileSync(path.join(distDir, 'margin-build-stamp'), fingerprint);
}
