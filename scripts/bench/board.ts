// npm run bench:board — how fast the claim board answers with 50,000 claims in one workspace
// (BENCH_CLAIMS to change it): the default page, deep pages, filters, and full-text searches
// that hit statements, quoted words or comments. Seeds a fresh database with createMany
// (BENCH_KEEP_DATABASE=1 keeps it afterwards).
import { getDb } from '@/lib/db';
import type { ClaimStatus, Verdict } from '@/lib/generated/prisma/enums';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';
import { listClaims } from '@/lib/server/claims/list-claims';
import { createDocument } from '@/lib/server/documents/create-document';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { applyMigrations } from '../db/migrate';
import { createFreshDatabase, dropDatabase, openTestServer } from '../test/test-database';
import { measure, printTable } from './measure';

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 50_000);
const PER_DOCUMENT = 1_000;
const BATCH = 5_000;
const RUNS = 5;

const SUBJECTS = [
  'North Korea',
  'Poland',
  'The ministry',
  'South Korea',
  'The navy',
  'Exporters',
  'The central bank',
  'Relief agencies',
  'The senator',
  'Hospitals',
];
const VERBS = ['shipped', 'spent', 'signed', 'reported', 'built', 'lost', 'received', 'promised', 'delivered', 'cut'];
const NOUNS = [
  'containers of munitions',
  'submarines',
  'tanks',
  'dollars in aid',
  'jobs',
  'hospital beds',
  'tonnes of grain',
  'artillery shells',
  'refugees',
  'teachers',
];
const STATUSES: ClaimStatus[] = ['unchecked', 'unchecked', 'in_progress', 'proposed', 'reviewed'];
const VERDICTS: Verdict[] = ['verified', 'false', 'misleading', 'unverifiable'];

/** A deterministic sentence per index, so that each search word hits about a tenth of the claims. */
function sentence(index: number) {
  const pick = <T>(list: T[], salt: number) => list[(index * 7 + salt * 13 + Math.floor(index / list.length) * salt) % list.length]!;
  return `${pick(SUBJECTS, 1)} ${pick(VERBS, 2)} ${(index % 977) * 17 + 3} ${pick(NOUNS, 3)} in ${2000 + (index % 25)}.`;
}

async function seed(workspaceId: string, userIds: string[]) {
  const db = getDb();
  const tags = await Promise.all(
    ['Defence', 'Economy', 'Health'].map((name, index) =>
      db.tag.create({ data: { workspaceId, name, color: ['#336699', '#993366', '#669933'][index]! } }),
    ),
  );
  const documents: { id: string; versionId: string }[] = [];
  for (let index = 0; index < Math.ceil(CLAIMS / PER_DOCUMENT); index += 1) {
    const document = await createDocument({
      workspaceId,
      userId: userIds[0]!,
      title: `Report ${index + 1}`,
      blocks: [{ type: 'paragraph', text: 'Generated for the benchmark.' }],
      origin: 'paste',
    });
    const version = await db.documentVersion.findFirstOrThrow({ where: { documentId: document.id }, select: { id: true } });
    documents.push({ id: document.id, versionId: version.id });
  }
  for (let from = 0; from < CLAIMS; from += BATCH) {
    const indexes = Array.from({ length: Math.min(BATCH, CLAIMS - from) }, (_, offset) => from + offset);
    const annotations = indexes.map((index) => {
      const document = documents[Math.floor(index / PER_DOCUMENT)]!;
      const exact = sentence(index);
      const start = (index % PER_DOCUMENT) * 120;
      return {
        id: `bench-a-${index}`,
        workspaceId,
        documentId: document.id,
        versionId: document.versionId,
        kind: index % 3 === 0 ? ('figure' as const) : ('claim' as const),
        exact,
        prefix: '',
        suffix: '',
        start,
        end: start + exact.length,
        authorId: userIds[0]!,
      };
    });
    await db.annotation.createMany({ data: annotations });
    await db.annotationAnchor.createMany({
      data: annotations.map((annotation) => ({
        annotationId: annotation.id,
        versionId: annotation.versionId,
        start: annotation.start,
        end: annotation.end,
        state: 'anchored' as const,
      })),
    });
    await db.annotationTag.createMany({
      data: annotations
        .filter((_, offset) => offset % 4 === 0)
        .map((annotation, offset) => ({ annotationId: annotation.id, tagId: tags[offset % tags.length]!.id })),
    });
    await db.claim.createMany({
      data: indexes.map((index) => {
        const status = STATUSES[index % STATUSES.length]!;
        return {
          id: `bench-c-${index}`,
          workspaceId,
          annotationId: `bench-a-${index}`,
          // One claim in five is reworded, so that statement and quote differ.
          statement: index % 5 === 0 ? `Reworded: ${sentence(index + 1)}` : sentence(index),
          status,
          verdict: status === 'proposed' || status === 'reviewed' ? VERDICTS[index % VERDICTS.length]! : null,
          assigneeId: index % 3 === 0 ? null : userIds[index % userIds.length]!,
          updatedAt: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
        };
      }),
    });
    // A comment on one claim in ten; one in a hundred mentions an obituary.
    await db.comment.createMany({
      data: annotations
        .filter((_, offset) => offset % 10 === 0)
        .map((annotation, offset) => ({
          annotationId: annotation.id,
          authorId: userIds[1]!,
          body: offset % 10 === 0 ? 'Compare with the obituary in the archive.' : 'Which table of the report is this from?',
        })),
    });
  }
  await db.$executeRawUnsafe('ANALYZE');
  return { tags, documents };
}

const server = await openTestServer();
const database = await createFreshDatabase(server.adminUrl, 'bench');
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const users = await Promise.all(
    ['Ana', 'Ben', 'Chloé', 'Dev'].map((name) =>
      createUser({ name, email: `${name.toLowerCase()}@example.test`, password: 'bench-password' }),
    ),
  );
  const workspace = await createWorkspace({ userId: users[0]!.id, name: 'Bench desk' });
  await getDb().membership.createMany({
    data: users.slice(1).map((user) => ({ workspaceId: workspace.id, userId: user.id, role: 'checker' as const })),
  });
  const seeded = await measure(() =>
    seed(
      workspace.id,
      users.map((user) => user.id),
    ),
  );
  console.log(`Seeded ${CLAIMS.toLocaleString('en-GB')} claims in ${(seeded.ms / 1000).toFixed(1)} s.\n`);
  const { tags, documents } = seeded.result;

  const cases: { name: string; documentId?: string; filters: TClaimFilters }[] = [
    { name: 'workspace, newest first', filters: {} },
    { name: 'workspace, page 100', filters: { page: 100 } },
    { name: 'workspace, last page', filters: { page: Math.ceil(CLAIMS / 50) } },
    { name: 'status = proposed, by status', filters: { status: 'proposed', sort: 'status' } },
    { name: 'assignee = me, unchecked', filters: { assignee: 'me', status: 'unchecked' } },
    { name: 'tag, unassigned', filters: { tag: tags[0]!.id, assignee: 'none' } },
    { name: 'verdict = false', filters: { verdict: 'false' } },
    { name: 'by document', filters: { sort: 'document' } },
    { name: 'search "submarines" (~10%)', filters: { q: 'submarines' } },
    { name: 'search "poland submarines"', filters: { q: 'poland submarines' } },
    { name: 'search "reworded" (statements)', filters: { q: 'reworded' } },
    { name: 'search "obituary" (comments)', filters: { q: 'obituary' } },
    { name: 'search "zeppelin" (no hit)', filters: { q: 'zeppelin' } },
    { name: 'search + status + page 5', filters: { q: 'tanks', status: 'unchecked', page: 5 } },
    { name: 'one document, text order', documentId: documents[0]!.id, filters: { sort: 'document' } },
    { name: 'one document, search', documentId: documents[0]!.id, filters: { q: 'grain', sort: 'document' } },
  ];
  const rows = [];
  for (const { name, documentId, filters } of cases) {
    const scope = { userId: users[0]!.id, workspaceId: workspace.id, documentId };
    await listClaims(scope, filters); // warm-up
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const { result, ms } = await measure(() => listClaims(scope, filters));
      times.push(ms);
      total = result.total;
    }
    times.sort((a, b) => a - b);
    rows.push({
      query: name,
      matches: total.toLocaleString('en-GB'),
      'median ms': times[Math.floor(RUNS / 2)]!.toFixed(1),
      'max ms': times.at(-1)!.toFixed(1),
    });
  }
  printTable(rows);
} finally {
  await getDb().$disconnect();
  // BENCH_KEEP_DATABASE=1 leaves the seeded database for EXPLAIN ANALYZE by hand.
  if (process.env.BENCH_KEEP_DATABASE) console.log(`\nKept ${database.url}`);
  else await dropDatabase(server.adminUrl, database.name);
  await server.stop();
}
