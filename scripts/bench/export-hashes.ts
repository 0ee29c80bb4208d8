// npm run bench:export-hashes — the SHA-256 and size of each format's export of the bench's
// claims (export-seed.ts), so that a change to the exports can be shown to write the same bytes:
// run it before and after on the same database. EXPORT_HASHES_DATABASE_URL names that database
// (a local one; seeded on the first run, kept afterwards); the export's time is fixed. Formats
// named as arguments: those only. Each line also gives the time and this process's CPU time, for
// a rough comparison (npm run bench:export measures).
import { createHash } from 'node:crypto';
import pg from 'pg';
import { closeDb } from '@/lib/db';
import { samplePublishing } from '@/lib/export/sample-claims';
import { EXPORT_FORMATS } from '@/lib/export/types';
import { exportChunks } from '@/lib/server/exports/stream-export';
import { applyMigrations } from '../db/migrate';
import { assertLocalDatabase } from '../test/assert-local-database';
import { seedExportBench } from './export-seed';

const url = process.env.EXPORT_HASHES_DATABASE_URL;
if (!url) throw new Error('Set EXPORT_HASHES_DATABASE_URL to a local database (seeded on the first run).');
assertLocalDatabase(url);
process.env.DATABASE_URL = url;

async function benchWorkspace() {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; slug: string; name: string; userId: string }>(
      `SELECT w.id, w.slug, w.name, m."userId" FROM "Workspace" w JOIN "Membership" m ON m."workspaceId" = w.id
       WHERE w.name = 'Bench desk' AND m.role = 'owner'`,
    );
    return rows[0] ?? null;
  } finally {
    await client.end();
  }
}

try {
  await applyMigrations(url);
  let workspace = await benchWorkspace();
  if (!workspace) {
    console.log('Seeding the bench claims…');
    await seedExportBench();
    workspace = (await benchWorkspace())!;
  }
  const scope = { userId: workspace.userId, workspaceId: workspace.id, workspaceSlug: workspace.slug, baseUrl: 'http://localhost' };
  const context = {
    workspace: { name: workspace.name, slug: workspace.slug, url: `http://localhost/w/${workspace.slug}` },
    document: null,
    exportedAt: '2026-12-08T00:00:00.000Z',
    exportUrl: 'http://localhost/api/exports',
    filterSummary: 'status: reviewed',
    publishing: samplePublishing,
  };
  const asked = process.argv.slice(2);
  for (const format of EXPORT_FORMATS.filter((name) => asked.length === 0 || asked.includes(name))) {
    const hash = createHash('sha256');
    let bytes = 0;
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    for await (const chunk of exportChunks(format, scope, { status: 'reviewed' }, context)) {
      const buffer = Buffer.from(chunk);
      bytes += buffer.byteLength;
      hash.update(buffer);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = ((cpu.user + cpu.system) / 1e6).toFixed(2);
    console.log(
      `${format.padEnd(12)} ${hash.digest('hex')}  ${bytes.toLocaleString('en-GB')} bytes  ${seconds} s, Node CPU ${cpuSeconds} s`,
    );
  }
} finally {
  await closeDb();
}
