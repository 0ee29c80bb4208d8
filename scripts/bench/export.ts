// npm run bench:export — time and memory of exporting 50,000 claims (BENCH_CLAIMS) in each
// format, streamed from PostgreSQL page by page. Each format is exported twice, for one
// document (1,000 claims) and for the whole workspace: flat memory means both grow RSS alike.
// The CSV export also goes once through the route's Response (exportClaimsResponse, everything
// the route handler does after signing in), read as a byte stream. Columns: RSS before, at a
// fifth of the bytes and at its peak; the live heap (after a full collection) a fifth and four
// fifths of the way, over what it was before: flat when the export holds one page at a time.
// The floor, measured in the same run: one query through `pg` returning every claim of the
// workspace with every field the exports read (people, evidence with sources, tags, comments,
// document), each row joined into a CSV-like line in Node — what the data costs without any
// export around it. The narrower floor of earlier runs is printed beside it. Each format prints its time over it,
// and its CPU time (this process and the database's PostgreSQL backends) over the floor's: on a
// shared machine the load stretches times, hardly CPU times.
import { readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { closeDb } from '@/lib/db';
import { samplePublishing } from '@/lib/export/sample-claims';
import type { ExportFormat } from '@/lib/export/types';
import { exportClaimsResponse } from '@/lib/server/exports/export-response';
import { exportChunks } from '@/lib/server/exports/stream-export';
import { applyMigrations } from '../db/migrate';
import { bin, run } from '../lib/run';
import { createFreshDatabase, dropDatabase, openTestServer } from '../test/test-database';
import { openCpuMeter } from './cpu-meter';
import { CLAIMS, PER_DOCUMENT } from './export-seed';
import { measure, printTable } from './measure';

const FORMATS: ExportFormat[] = ['csv', 'json', 'markdown', 'claimreview', 'w3c'];

type Marks = { at: number; startedAt?: number; firstByteMs?: number; rssMb?: number; liveAtFifthMb?: number; liveAtFourFifthsMb?: number };

/** The heap still in use after a full collection: what the export holds, not its garbage. */
const liveHeapMb = () => {
  global.gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};

/** Notes the RSS and the live heap a fifth of the way (expected bytes) and the live heap at four fifths. */
function note(marks: Marks, bytes: number) {
  if (marks.firstByteMs === undefined && marks.startedAt !== undefined) marks.firstByteMs = performance.now() - marks.startedAt;
  if (marks.rssMb === undefined && bytes >= marks.at) {
    marks.rssMb = process.memoryUsage().rss / 1024 / 1024;
    marks.liveAtFifthMb = liveHeapMb();
  }
  if (marks.liveAtFourFifthsMb === undefined && bytes >= marks.at * 4) marks.liveAtFourFifthsMb = liveHeapMb();
}

async function drain(chunks: AsyncIterable<string>, marks: Marks = { at: Infinity }) {
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += Buffer.byteLength(chunk);
    note(marks, bytes);
  }
  return bytes;
}

async function drainResponse(response: Response, marks: Marks) {
  let bytes = 0;
  const reader = response.body!.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return bytes;
    bytes += value.byteLength;
    note(marks, bytes);
  }
}

const mb = (value: number) => `${value.toFixed(0)} MB`;
type CpuMeter = Awaited<ReturnType<typeof openCpuMeter>>;
type Cpu = { nodeMs: number; postgresMs: number };
const cpuTotal = ({ nodeMs, postgresMs }: Cpu) => nodeMs + postgresMs;
const cpuCell = ({ nodeMs, postgresMs }: Cpu) => `${(nodeMs / 1000).toFixed(2)} + ${(postgresMs / 1000).toFixed(2)} s`;

/** A timestamp as the exports read it: PostgreSQL's text in JavaScript's ISO form, no `Date` parsed in Node. */
const ts = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The floor as issue 21 defines it: one query returning the same rows with every field the exports
 * read — the claim's own columns, its four people (assignee, proposer, reviewer, annotation author),
 * the annotation, its anchor in the latest version, its evidence with sources and uploads, its tags,
 * its live comments with their authors (W3C's) and its document — each row joined into a CSV-like
 * line in Node. Lists come as text aggregated by PostgreSQL, one cell each.
 */
const FLOOR_QUERY = `
  SELECT c.id, c.statement, c.status, c.verdict, c.rationale, c."figureKind", trim_scale(c."figureValue")::text AS "figureValue",
    c."figureUnit", c."figureCurrency", c."figureQualifier", array_to_string(c."figureDates", ';') AS "figureDates",
    c."verdictWords", c."verdictWordsVersion", ${ts('c."wordsChangedAt"')} AS "wordsChangedAt",
    ${ts('c."proposedAt"')} AS "proposedAt", ${ts('c."reviewedAt"')} AS "reviewedAt",
    ${ts('c."createdAt"')} AS "createdAt", ${ts('c."updatedAt"')} AS "updatedAt",
    pas.id AS assignee, pas.name AS assignee_name, pas.email AS assignee_email,
    pa.id AS proposer, pa.name AS proposer_name, pa.email AS proposer_email,
    pr.id AS reviewer, pr.name AS reviewer_name, pr.email AS reviewer_email,
    a.id AS annotation, a.kind, a.exact, a.prefix, a.suffix, ${ts('a."createdAt"')} AS "annotationCreatedAt",
    ${ts('a."updatedAt"')} AS "annotationUpdatedAt", au.id AS author, au.name AS author_name, au.email AS author_email,
    v.id AS "versionId", v.number AS version, an.start, an."end",
    d.id AS document, d.title, d.byline, d."originUrl", ${ts('d."publishedAt"')} AS "publishedAt",
    (SELECT string_agg(concat_ws(' ', e.kind, e.stance, e.quote, e.title, e."recordPerson", e."recordRole", e."recordDate",
         e."recordChannel", s.url, s.title, up."fileName", up."contentType", up."byteLength", up.sha256), ' | ' ORDER BY e."createdAt", e.id)
       FROM "Evidence" e LEFT JOIN "Source" s ON s.id = e."sourceId" LEFT JOIN "EvidenceUpload" up ON up.id = e."uploadId"
       WHERE e."claimId" = c.id) AS sources,
    (SELECT string_agg(concat_ws(' ', t.id, t.name, t.color), ', ' ORDER BY at."createdAt", t.id)
       FROM "AnnotationTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."annotationId" = a.id) AS tags,
    (SELECT string_agg(concat_ws(' ', cm.id, cm."parentId", cm.body, ${ts('cm."createdAt"')}, ${ts('cm."updatedAt"')}, u.id, u.name, u.email),
         ' | ' ORDER BY cm."createdAt", cm.id)
       FROM "Comment" cm LEFT JOIN "User" u ON u.id = cm."authorId"
       WHERE cm."annotationId" = a.id AND cm."deletedAt" IS NULL) AS comments
  FROM "Claim" c
  JOIN "Annotation" a ON a.id = c."annotationId"
  JOIN "Document" d ON d.id = a."documentId"
  LEFT JOIN LATERAL (SELECT v.id, v.number FROM "DocumentVersion" v WHERE v."documentId" = d.id ORDER BY v.number DESC LIMIT 1) v ON true
  LEFT JOIN "AnnotationAnchor" an ON an."annotationId" = a.id AND an."versionId" = v.id
  LEFT JOIN "User" pas ON pas.id = c."assigneeId"
  LEFT JOIN "User" pa ON pa.id = c."proposedById"
  LEFT JOIN "User" pr ON pr.id = c."reviewedById"
  LEFT JOIN "User" au ON au.id = a."authorId"
  WHERE c."workspaceId" = $1 AND c.status = 'reviewed'
  ORDER BY c.id`;

/**
 * The floor before 2026-12-07 (late), still printed beside the new one so that earlier runs
 * compare: the same 50,000 rows but 22 of the fields the exports read (no assignee, annotation
 * author or kind, created/updated times, figure unit, currency and dates, verdict words, evidence
 * kinds and files, comments).
 */
const NARROW_FLOOR_QUERY = `
  SELECT c.id, c.statement, c.status, c.verdict, c.rationale, c."figureValue", c."proposedAt", c."reviewedAt",
     pa.name AS proposer, pa.email AS proposer_email, pr.name AS reviewer, pr.email AS reviewer_email,
     a.exact, a.prefix, a.suffix, an.start, an."end", d.title, d."originUrl", d.byline,
     (SELECT string_agg(s.url || ' ' || e.stance || ' ' || coalesce(e.quote, ''), ' | ' ORDER BY e."createdAt")
        FROM "Evidence" e LEFT JOIN "Source" s ON s.id = e."sourceId" WHERE e."claimId" = c.id) AS sources,
     (SELECT string_agg(t.name, ', ') FROM "AnnotationTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."annotationId" = a.id) AS tags
   FROM "Claim" c
   JOIN "Annotation" a ON a.id = c."annotationId"
   JOIN "Document" d ON d.id = a."documentId"
   LEFT JOIN "AnnotationAnchor" an ON an."annotationId" = a.id
     AND an."versionId" = (SELECT v.id FROM "DocumentVersion" v WHERE v."documentId" = d.id ORDER BY v.number DESC LIMIT 1)
   LEFT JOIN "User" pa ON pa.id = c."proposedById"
   LEFT JOIN "User" pr ON pr.id = c."reviewedById"
   WHERE c."workspaceId" = $1 AND c.status = 'reviewed'
   ORDER BY c.id`;

/** A floor: the query's rows, each joined into a CSV-like line in Node. */
async function floorMs(databaseUrl: string, workspaceId: string, meter: CpuMeter, query: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const reading = await meter.start();
    const started = performance.now();
    const { rows } = await client.query<Record<string, unknown>>(query, [workspaceId]);
    let bytes = 0;
    for (const row of rows) bytes += Object.values(row).map(String).join(',').length + 2;
    const ms = performance.now() - started;
    return { ms, cpu: await reading.stop(), rows: rows.length, bytes };
  } finally {
    await client.end();
  }
}

type Seeded = { ana: { id: string }; workspace: { id: string; name: string; slug: string }; documents: { id: string }[] };

/** The bench's claims, seeded by export-seed-child.ts in a process of its own. */
async function seedInOwnProcess(url: string): Promise<Seeded> {
  const out = path.join(os.tmpdir(), `margin-export-seed-${process.pid}.json`);
  try {
    await run(bin('tsx'), ['--conditions=react-server', 'scripts/bench/export-seed-child.ts', out], {
      env: { ...process.env, DATABASE_URL: url },
    });
    return JSON.parse(readFileSync(out, 'utf8')) as Seeded;
  } finally {
    rmSync(out, { force: true });
  }
}

const server = await openTestServer();
const database = await createFreshDatabase(server.adminUrl, 'bench');
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  // Seeded in a process of its own: this one then starts as a server's would. Seeded here, it
  // carried about 500 MB of RSS from the seeding into every export measured (its connections'
  // buffers as large as their largest message, a createMany of 5,000 rows, and the seed's garbage).
  const seeded = await measure(() => seedInOwnProcess(database.url));
  const { ana, workspace } = seeded.result;
  console.log(`Seeded ${CLAIMS.toLocaleString('en-GB')} reviewed claims in ${(seeded.ms / 1000).toFixed(1)} s.\n`);
  const firstDocument = seeded.result.documents[0]!.id;

  const context = {
    workspace: { name: workspace.name, slug: workspace.slug, url: `http://localhost/w/${workspace.slug}` },
    document: null,
    exportedAt: new Date().toISOString(),
    exportUrl: 'http://localhost/api/exports',
    filterSummary: 'status: reviewed',
    publishing: samplePublishing,
  };
  const filters = { status: 'reviewed' as const };
  const rows: Record<string, string>[] = [];
  const meter = await openCpuMeter(database.url);
  await floorMs(database.url, workspace.id, meter, FLOOR_QUERY); // warm-up: the same pages cached for the floor as for the exports
  const floor = await floorMs(database.url, workspace.id, meter, FLOOR_QUERY);
  const narrowFloor = await floorMs(database.url, workspace.id, meter, NARROW_FLOOR_QUERY);
  for (const [name, measured] of [
    ['Floor (every field the exports read)', floor],
    ['Narrow floor (22 of them, before 2026-12-07 late)', narrowFloor],
  ] as const) {
    console.log(
      `${name}: one query of ${measured.rows.toLocaleString('en-GB')} claims joined into ${(measured.bytes / 1024 / 1024).toFixed(1)} MB of lines in Node: ` +
        `${(measured.ms / 1000).toFixed(2)} s, CPU (Node + PostgreSQL) ${cpuCell(measured.cpu)}.`,
    );
  }
  console.log();
  const bytesPerClaim = new Map<string, number>();
  const run = async (label: string, format: ExportFormat, claims: number, work: (marks: Marks) => Promise<number>) => {
    // RSS at a fifth of the way: with flat memory, the end is no higher than that.
    const marks: Marks = { at: ((bytesPerClaim.get(format) ?? Infinity) * claims) / 5 };
    const heapBefore = liveHeapMb();
    const reading = await meter.start();
    const measured = await measure(() => {
      marks.startedAt = performance.now(); // the first byte counts from here, after the collections before the run
      return work(marks);
    });
    const { result: bytes, ms, peakRssMb, rssBeforeMb } = measured;
    const cpu = await reading.stop();
    bytesPerClaim.set(format, bytes / claims);
    rows.push({
      export: label,
      claims: claims.toLocaleString('en-GB'),
      size: `${(bytes / 1024 / 1024).toFixed(1)} MB`,
      time: `${(ms / 1000).toFixed(2)} s`,
      'claims/s': Math.round(claims / (ms / 1000)).toLocaleString('en-GB'),
      '× floor': claims === CLAIMS ? (ms / floor.ms).toFixed(1) : '–',
      'CPU Node + PG': cpuCell(cpu),
      '× floor CPU': claims === CLAIMS ? (cpuTotal(cpu) / cpuTotal(floor.cpu)).toFixed(1) : '–',
      '× narrow floor, CPU':
        claims === CLAIMS ? `${(ms / narrowFloor.ms).toFixed(1)}, ${(cpuTotal(cpu) / cpuTotal(narrowFloor.cpu)).toFixed(1)}` : '–',
      'first byte': marks.firstByteMs === undefined ? '–' : `${marks.firstByteMs.toFixed(0)} ms`,
      'RSS before': mb(rssBeforeMb),
      'RSS at 1/5': marks.rssMb === undefined ? '–' : mb(marks.rssMb),
      'peak RSS': mb(peakRssMb),
      'live heap at 1/5 → 4/5':
        marks.liveAtFifthMb === undefined || marks.liveAtFourFifthsMb === undefined
          ? '–'
          : `${mb(marks.liveAtFifthMb - heapBefore)} → ${mb(marks.liveAtFourFifthsMb - heapBefore)}`,
      'heap kept after': `${(liveHeapMb() - heapBefore).toFixed(1)} MB`,
    });
  };
  const scopeOf = (documentId?: string) => ({
    userId: ana.id,
    workspaceId: workspace.id,
    workspaceSlug: workspace.slug,
    baseUrl: 'http://localhost',
    documentId,
  });
  for (const format of FORMATS) await drain(exportChunks(format, scopeOf(firstDocument), filters, context)); // warm-up
  for (const format of FORMATS) {
    for (const documentId of [firstDocument, undefined]) {
      await run(`${format}${documentId ? ', one document' : ''}`, format, documentId ? PER_DOCUMENT : CLAIMS, (marks) =>
        drain(exportChunks(format, scopeOf(documentId), filters, context), marks),
      );
    }
  }
  await run('csv, through the route’s Response', 'csv', CLAIMS, async (marks: Marks) => {
    const response = await exportClaimsResponse(new Request(`http://localhost/api/w/${workspace.slug}/exports?format=csv`), {
      userId: ana.id,
      workspace,
    });
    if (!response.ok) throw new Error(`The export answered ${response.status}: ${await response.text()}`);
    return drainResponse(response, marks);
  });
  printTable(rows);
  await meter.close();
} finally {
  await closeDb(); // the pool too, before its database is dropped under it
  await dropDatabase(server.adminUrl, database.name);
  await server.stop();
}
