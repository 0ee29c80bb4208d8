// npm run bench:archive (run with --expose-gc for the live heap) — time and memory of moving a large workspace between two databases with
// the workspace archive: BENCH_ARCHIVE_ANNOTATIONS annotations (20,000; half with a claim, each
// with an anchor in each of two versions), as many audit entries, 40 documents of two 60 kB
// versions and 20 evidence files of 1 MB. Prints export and import time, rows a second, the file's
// size, the peak RSS over the RSS before (V8 collects lazily: garbage counts until it does) and
// the live heap after a full collection over what it was before (what the work kept: the import's id map). The floor, measured in the same run: every archived
// row of the workspace read with plain `pg` queries and turned into JSON, with no archive around it.
import { randomBytes, createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDbClient, getDb } from '@/lib/db';
import { createUser } from '@/lib/server/users/create-user';
import { exportWorkspaceArchive } from '@/lib/server/workspace-archive/export-workspace-archive';
import { importWorkspaceArchive } from '@/lib/server/workspace-archive/import-workspace-archive';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { applyMigrations } from '../db/migrate';
import { createFreshDatabase, dropDatabase, openTestServer } from '../test/test-database';
import { measure, printTable } from './measure';

const ANNOTATIONS = Number(process.env.BENCH_ARCHIVE_ANNOTATIONS ?? 20_000);
const DOCUMENTS = 40;
const UPLOADS = 20;
const BATCH = 5_000;
const text = (seed: number) => `Paragraph ${seed} of the benchmark, with words to annotate. `.repeat(1_000);

async function seed(workspaceId: string, userId: string) {
  const db = getDb();
  const versions: { documentId: string; ids: [string, string] }[] = [];
  for (let index = 0; index < DOCUMENTS; index += 1) {
    const content = (plain: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: plain }] }] });
    const document = await db.document.create({
      data: {
        workspaceId,
        title: `Report ${index}`,
        createdById: userId,
        versions: {
          create: [1, 2].map((number) => {
            const plainText = text(index * 10 + number);
            return {
              number,
              content: content(plainText),
              plainText,
              contentHash: `${index}-${number}`,
              origin: 'paste' as const,
              createdById: userId,
            };
          }),
        },
      },
      select: { id: true, versions: { select: { id: true }, orderBy: { number: 'asc' } } },
    });
    versions.push({ documentId: document.id, ids: [document.versions[0]!.id, document.versions[1]!.id] });
  }
  for (let from = 0; from < ANNOTATIONS; from += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, ANNOTATIONS - from) }, (_, offset) => from + offset);
    const at = (index: number) => versions[index % DOCUMENTS]!;
    await db.annotation.createMany({
      data: indexes.map((index) => ({
        id: `bench-a-${index}`,
        workspaceId,
        documentId: at(index).documentId,
        versionId: at(index).ids[0],
        kind: index % 2 ? ('note' as const) : ('claim' as const),
        exact: 'words to annotate',
        prefix: 'the benchmark, with ',
        suffix: '. Paragraph',
        start: 40,
        end: 57,
        authorId: userId,
      })),
    });
    await db.annotationAnchor.createMany({
      data: indexes.flatMap((index) =>
        at(index).ids.map((versionId) => ({ annotationId: `bench-a-${index}`, versionId, start: 40, end: 57, state: 'anchored' as const })),
      ),
    });
    const claims = indexes.filter((index) => index % 2 === 0);
    await db.claim.createMany({
      data: claims.map((index) => ({
        workspaceId,
        annotationId: `bench-a-${index}`,
        statement: `Claim ${index}: words to annotate.`,
        status: 'in_progress' as const,
      })),
    });
    await db.activity.createMany({
      data: indexes.map((index) => ({
        workspaceId,
        actorId: userId,
        action: 'annotation.created',
        entityType: 'Annotation',
        entityId: `bench-a-${index}`,
        documentId: at(index).documentId,
        after: { kind: 'claim', exact: 'words to annotate', start: 40, end: 57 },
      })),
    });
  }
  for (let index = 0; index < UPLOADS; index += 1) {
    const bytes = randomBytes(1024 * 1024);
    await db.evidenceUpload.create({
      data: {
        workspaceId,
        fileName: `scan-${index}.bin`,
        contentType: 'application/octet-stream',
        byteLength: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes: new Uint8Array(bytes),
        uploadedById: userId,
      },
    });
  }
}

/** The floor: every archived row of the workspace through plain `pg`, each turned into JSON. */
async function floor(url: string, workspaceId: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const queries = [
    `SELECT * FROM "Document" WHERE "workspaceId" = $1`,
    `SELECT v.* FROM "DocumentVersion" v JOIN "Document" d ON d.id = v."documentId" WHERE d."workspaceId" = $1`,
    `SELECT * FROM "Annotation" WHERE "workspaceId" = $1`,
    `SELECT x.* FROM "AnnotationAnchor" x JOIN "Annotation" a ON a.id = x."annotationId" WHERE a."workspaceId" = $1`,
    `SELECT * FROM "Claim" WHERE "workspaceId" = $1`,
    `SELECT * FROM "Activity" WHERE "workspaceId" = $1`,
    `SELECT id, encode(bytes, 'base64') FROM "EvidenceUpload" WHERE "workspaceId" = $1`,
  ];
  try {
    const started = performance.now();
    let rows = 0;
    for (const query of queries) {
      const result = await client.query(query, [workspaceId]);
      for (const row of result.rows) JSON.stringify(row);
      rows += result.rows.length;
    }
    return { ms: performance.now() - started, rows };
  } finally {
    await client.end();
  }
}

const server = await openTestServer();
const source = await createFreshDatabase(server.adminUrl, 'bench_archive_from');
const target = await createFreshDatabase(server.adminUrl, 'bench_archive_to');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'margin-bench-archive-'));
const file = path.join(dir, 'bench.margin.gz');
const targetPool = new pg.Pool({ connectionString: target.url });
const targetDb = createDbClient(targetPool);
try {
  await applyMigrations(source.url);
  await applyMigrations(target.url);
  process.env.DATABASE_URL = source.url;
  const owner = await createUser({ name: 'Ana', email: 'ana@example.test', password: 'bench-password' });
  const workspace = await createWorkspace({ userId: owner.id, name: 'Bench desk' });
  const seeded = await measure(() => seed(workspace.id, owner.id));
  console.log(`Seeded ${ANNOTATIONS.toLocaleString('en-GB')} annotations in ${(seeded.ms / 1000).toFixed(1)} s.\n`);
  await floor(source.url, workspace.id); // warm-up: the same pages cached for the floor as for the export
  const base = await floor(source.url, workspace.id);
  console.log(`Floor: ${base.rows.toLocaleString('en-GB')} rows read with pg and turned into JSON: ${(base.ms / 1000).toFixed(2)} s.\n`);

  /** The live heap after a full collection, once the work is done, over what it was before: what the work kept. */
  const kept = async <T>(work: () => Promise<T>) => {
    global.gc?.();
    const before = process.memoryUsage().heapUsed;
    const run = await measure(work);
    global.gc?.();
    return { ...run, keptMb: (process.memoryUsage().heapUsed - before) / 1024 / 1024 };
  };
  const exported = await kept(() => exportWorkspaceArchive({ slug: workspace.slug, file }));
  const rows = Object.values(exported.result.counts).reduce((sum, count) => sum + (count ?? 0), 0);
  const imported = await kept(() => importWorkspaceArchive({ input: fs.createReadStream(file), db: targetDb, slug: 'bench-copy' }));
  const size = `${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB`;
  printTable(
    [
      ['export', exported],
      ['import', imported],
    ].map(([step, run]) => {
      const { ms, peakRssMb, rssBeforeMb, keptMb } = run as typeof exported;
      return {
        step: step as string,
        rows: rows.toLocaleString('en-GB'),
        file: size,
        time: `${(ms / 1000).toFixed(2)} s`,
        'rows/s': Math.round(rows / (ms / 1000)).toLocaleString('en-GB'),
        'over floor': `${(ms / base.ms).toFixed(1)}×`,
        'peak RSS over before': `${(peakRssMb - rssBeforeMb).toFixed(0)} MB`,
        'live heap kept': `${keptMb.toFixed(0)} MB`,
      };
    }),
  );
} finally {
  await targetDb.$disconnect();
  await targetPool.end();
  await getDb().$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
  await dropDatabase(server.adminUrl, source.name);
  await dropDatabase(server.adminUrl, target.name);
  await server.stop();
}
