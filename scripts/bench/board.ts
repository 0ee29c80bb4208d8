// npm run bench:board — the pages of a big workspace, timed against PostgreSQL: 1,000 documents
// (BENCH_DOCUMENTS) holding 500,000 annotations (BENCH_ANNOTATIONS; half of them claims, the rest
// notes, a tenth of those private), 5,000 sources (BENCH_SOURCES) and an activity trail of
// 750,000 entries. It times the claim board (default page, page 100 and the last page reached by
// key, filters, sorts, full-text searches of statements, quoted words and comments, one
// document's board), the sources library and the activity feeds, as the pages call them, median of
// 5 after a warm-up; and EXPLAINs every query each one sends, printing the top of the page query's
// plan, the indexes used and any big table scanned sequentially. Seeded straight through `pg`
// (board/seed.ts); BENCH_KEEP_DATABASE=1 keeps the database afterwards, BENCH_REUSE_DATABASE=<name>
// runs on a kept one without seeding again (board/workspace.ts).
import { closeDb, getDb } from '@/lib/db';
import { LAST_PAGE, type TClaimFilters } from '@/lib/schemas/claim-filters';
import type { TSourceFilters } from '@/lib/schemas/sources';
import { listDocumentActivity } from '@/lib/server/activity/list-document-activity';
import { listWorkspaceActivity } from '@/lib/server/activity/list-workspace-activity';
import { listClaims } from '@/lib/server/claims/list-claims';
import { listSourceLibrary } from '@/lib/server/sources/list-sources';
import { dropDatabase, openTestServer } from '../test/test-database';
import { captureQueries, explainQueries } from './board/explain';
import { openBenchWorkspace } from './board/workspace';
import { measure, printTable } from './measure';

const SCALE = {
  documents: Number(process.env.BENCH_DOCUMENTS ?? 1_000),
  annotations: Number(process.env.BENCH_ANNOTATIONS ?? 500_000),
  sources: Number(process.env.BENCH_SOURCES ?? 5_000),
};
const RUNS = 5;
const TARGET_MS = 150;
const BIG_TABLES = ['Annotation', 'AnnotationAnchor', 'AnnotationTag', 'Claim', 'Comment', 'Activity', 'Evidence', 'Source', 'Document'];

const server = await openTestServer();
const bench = await openBenchWorkspace(server.adminUrl, SCALE);
try {
  const { tagIds, documents, userIds, workspaceId } = bench;
  const viewer = { userId: userIds[0]!, workspaceId };
  const board = (filters: TClaimFilters, documentId?: string) => () => listClaims({ ...viewer, documentId }, filters);
  /** The filters of page `page`, reached as a reader would: following each page's `next`. */
  const pageOf = async (filters: TClaimFilters, page: number): Promise<TClaimFilters> => {
    let at: TClaimFilters = filters;
    for (let number = 2; number <= page; number += 1) {
      const { next } = await listClaims(viewer, at);
      if (!next) throw new Error(`There is no page ${number}`);
      at = { ...filters, after: next, page: number };
    }
    return at;
  };
  const library = (filters: Partial<TSourceFilters>) => () =>
    listSourceLibrary(viewer, { status: 'all', sort: 'relied', page: 1, ...filters });
  const middleActivity = await getDb().activity.findFirstOrThrow({
    where: { workspaceId },
    orderBy: { id: 'asc' },
    skip: Math.floor(SCALE.annotations / 2),
    select: { id: true },
  });

  const cases: { page: string; name: string; run: () => Promise<unknown> }[] = [
    { page: 'board', name: 'workspace, newest first', run: board({}) },
    { page: 'board', name: 'workspace, page 100', run: board(await pageOf({}, 100)) },
    { page: 'board', name: 'workspace, last page', run: board({ before: LAST_PAGE }) },
    { page: 'board', name: 'status = proposed, by status', run: board({ status: 'proposed', sort: 'status' }) },
    { page: 'board', name: 'assignee = me, unchecked', run: board({ assignee: 'me', status: 'unchecked' }) },
    { page: 'board', name: 'tag, unassigned', run: board({ tag: tagIds[0]!, assignee: 'none' }) },
    { page: 'board', name: 'verdict = false', run: board({ verdict: 'false' }) },
    { page: 'board', name: 'by document', run: board({ sort: 'document' }) },
    { page: 'board', name: 'by document, page 100', run: board(await pageOf({ sort: 'document' }, 100)) },
    { page: 'board', name: 'by document, last page', run: board({ sort: 'document', before: LAST_PAGE }) },
    { page: 'board', name: 'by status, page 100', run: board(await pageOf({ sort: 'status' }, 100)) },
    { page: 'search', name: '"submarines" (~1 in 8)', run: board({ q: 'submarines' }) },
    { page: 'search', name: '"poland submarines"', run: board({ q: 'poland submarines' }) },
    { page: 'search', name: '"reworded" (statements)', run: board({ q: 'reworded' }) },
    { page: 'search', name: '"obituary" (comments)', run: board({ q: 'obituary' }) },
    { page: 'search', name: '"zeppelin" (no hit)', run: board({ q: 'zeppelin' }) },
    { page: 'search', name: 'search + status + page 5', run: board(await pageOf({ q: 'tanks', status: 'unchecked' }, 5)) },
    { page: 'board', name: 'one document, text order', run: board({ sort: 'document' }, documents[0]!.id) },
    { page: 'search', name: 'one document, search', run: board({ q: 'grain', sort: 'document' }, documents[0]!.id) },
    { page: 'sources', name: 'most relied on', run: library({}) },
    { page: 'sources', name: 'dead links', run: library({ status: 'dead' }) },
    { page: 'sources', name: 'last checked, page 20', run: library({ sort: 'checked', page: 20 }) },
    { page: 'activity', name: 'workspace, newest', run: () => listWorkspaceActivity(viewer) },
    { page: 'activity', name: 'workspace, halfway back', run: () => listWorkspaceActivity({ ...viewer, cursor: middleActivity.id }) },
    { page: 'activity', name: 'one document', run: () => listDocumentActivity({ ...viewer, documentId: documents[0]!.id }) },
  ];
  const rows = [];
  for (const { page, name, run } of cases) {
    const { queries } = await captureQueries(run); // warm-up, and the queries to explain
    const times: number[] = [];
    for (let index = 0; index < RUNS; index += 1) times.push((await measure(run)).ms);
    times.sort((a, b) => a - b);
    const median = times[Math.floor(RUNS / 2)]!;
    const plan = await explainQueries(bench.url, queries, BIG_TABLES);
    rows.push({
      page,
      query: name,
      'median ms': median.toFixed(1),
      'max ms': times.at(-1)!.toFixed(1),
      target: median < TARGET_MS ? 'meets' : 'misses',
      queries: queries.length,
      'top node': plan.topNodes.join(' / '),
      'big tables read whole': plan.seqScans.join(', ') || 'none',
      'indexes used': plan.indexes.join(', '),
    });
  }
  printTable(rows);
} finally {
  await closeDb(); // its pool too: dropping the database would end its connections with an error
  // BENCH_KEEP_DATABASE=1 leaves the seeded database for EXPLAIN ANALYZE by hand.
  if (process.env.BENCH_KEEP_DATABASE || bench.reused) console.log(`\nKept ${bench.name}`);
  else await dropDatabase(server.adminUrl, bench.name);
  await server.stop();
}
