// npm run bench:match — "have we checked this already?" (issue 22), measured: the hand-written
// pairs of match/pairs.ts (a claim already in the workspace and one marked later; paraphrases,
// reordered clauses, changed numbers, negations, same topic but another claim) among 100,000
// background claims (BENCH_CLAIMS) of the same topics, seeded through `pg` with unnest(). Each
// later claim is looked up as the claim panel does (lib/server/matching/find-claim-matches.ts);
// prints precision and recall at the default threshold (and around it) and the lookup time,
// p50/p95 over BENCH_RUNS (5) lookups of every pair after a warm-up, next to its floor: the same
// candidates query alone through `pg` (no Prisma, no matching rules). A fresh database on the
// tests' embedded server, or DATABASE_URL's; BENCH_KEEP_DATABASE=1 keeps it.
import pg from 'pg';
import { getDb } from '@/lib/db';
import { CANDIDATE_SIMILARITY, MATCH_THRESHOLD } from '@/lib/matching/statements';
import { findClaimMatches, type ClaimMatch } from '@/lib/server/matching/find-claim-matches';
import { claimCandidatesSql } from '@/lib/server/matching/match-candidates';
import { createUser } from '@/lib/server/users/create-user';
import { createWorkspace } from '@/lib/server/workspaces/create-workspace';
import { applyMigrations } from '../db/migrate';
import { createFreshDatabase, dropDatabase, openTestServer } from '../test/test-database';
import { backgroundClaim, seedClaims } from './match/seed';
import { PAIRS } from './match/pairs';
import { measure, printTable } from './measure';

const BACKGROUND = Number(process.env.BENCH_CLAIMS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TARGETS = { precision: 0.9, recall: 0.7, ms: 50 };

/** p(share) of `times`, sorted here. */
function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))]!;
}

/** The floor: each pair's candidates query (lookups' one query) through a plain `pg` client, BENCH_RUNS times. */
async function measureFloor(url: string, scope: { workspaceId: string; userId: string }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`SELECT set_config('pg_trgm.similarity_threshold', $1, false)`, [String(CANDIDATE_SIMILARITY)]);
    const queries = PAIRS.map((pair) => claimCandidatesSql({ ...scope, text: pair.asked.toLowerCase().trim() }));
    for (const query of queries) await client.query(query.text, query.values); // warm-up
    const times: number[] = [];
    for (let run = 0; run < RUNS; run += 1)
      for (const query of queries) times.push((await measure(() => client.query(query.text, query.values))).ms);
    return times;
  } finally {
    await client.end();
  }
}

const server = await openTestServer();
const database = await createFreshDatabase(server.adminUrl, 'bench');
try {
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const user = await createUser({ name: 'Ana', email: 'ana@example.test', password: 'bench-password' });
  const workspace = await createWorkspace({ userId: user.id, name: 'Bench desk' });
  const scope = { workspaceId: workspace.id, userId: user.id };
  const seeded = await measure(async () => {
    const background = Array.from({ length: BACKGROUND }, (_, index) => backgroundClaim(index));
    await seedClaims(database.url, { ...scope, prefix: 'bg', statements: background });
    return seedClaims(database.url, { ...scope, prefix: 'seen', statements: PAIRS.map((pair) => pair.seen), documents: PAIRS.length });
  });
  const seenIds = seeded.result;
  console.log(
    `Seeded ${BACKGROUND.toLocaleString('en-GB')} background claims and ${PAIRS.length} pairs ` +
      `(${PAIRS.filter((pair) => pair.same).length} the same claim, ${PAIRS.filter((pair) => !pair.same).length} not) in ${(seeded.ms / 1000).toFixed(1)} s.\n`,
  );

  // Every candidate with its score, once, to count at several thresholds.
  const found: ClaimMatch[][] = [];
  for (const pair of PAIRS) found.push(await findClaimMatches({ ...scope, statement: pair.asked, threshold: 0, limit: 50 }));

  const count = (threshold: number) => {
    let truePositives = 0;
    let falsePositives = 0;
    const misses: string[] = [];
    PAIRS.forEach((pair, index) => {
      const kept = found[index]!.filter((match) => match.score >= threshold);
      const hit = kept.some((match) => match.id === seenIds[index]);
      if (pair.same && hit) truePositives += 1;
      if (pair.same && !hit) misses.push(`missed (${pair.kind}): ${pair.asked}`);
      const wrong = kept.filter((match) => !(pair.same && match.id === seenIds[index]));
      falsePositives += wrong.length;
      for (const match of wrong) misses.push(`wrong (${pair.kind}, ${match.score}): ${pair.asked} → ${match.statement}`);
    });
    const same = PAIRS.filter((pair) => pair.same).length;
    const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
    return { precision, recall: truePositives / same, truePositives, falsePositives, misses };
  };

  const rows = [0.4, 0.45, MATCH_THRESHOLD, 0.55, 0.6, 0.7]
    .filter((threshold, index, all) => all.indexOf(threshold) === index)
    .sort((a, b) => a - b)
    .map((threshold) => {
      const { precision, recall, truePositives, falsePositives } = count(threshold);
      return {
        threshold: threshold === MATCH_THRESHOLD ? `${threshold} (default)` : String(threshold),
        precision: precision.toFixed(2),
        recall: recall.toFixed(2),
        'true matches found': truePositives,
        'wrong matches': falsePositives,
      };
    });
  printTable(rows);
  const atDefault = count(MATCH_THRESHOLD);
  if (atDefault.misses.length) console.log(`\nAt the default threshold:\n  ${atDefault.misses.join('\n  ')}`);

  for (const pair of PAIRS) await findClaimMatches({ ...scope, statement: pair.asked }); // warm-up
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    for (const pair of PAIRS) times.push((await measure(() => findClaimMatches({ ...scope, statement: pair.asked }))).ms);
  }
  const floor = await measureFloor(database.url, scope);
  const at = percentiles(times);
  const floorAt = percentiles(floor);
  console.log(
    `\nLookup (${times.length} lookups): p50 ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${at(1).toFixed(1)} ms.` +
      `\nFloor, the candidates query alone through pg: p50 ${floorAt(0.5).toFixed(1)} ms, p95 ${floorAt(0.95).toFixed(1)} ms, max ${floorAt(1).toFixed(1)} ms.` +
      `\nTargets: precision ≥ ${TARGETS.precision} (${atDefault.precision.toFixed(2)}: ${atDefault.precision >= TARGETS.precision ? 'meets' : 'misses'}), ` +
      `recall ≥ ${TARGETS.recall} (${atDefault.recall.toFixed(2)}: ${atDefault.recall >= TARGETS.recall ? 'meets' : 'misses'}), ` +
      `lookup p95 < ${TARGETS.ms} ms (${at(0.95) < TARGETS.ms ? 'meets' : 'misses'}).`,
  );
} finally {
  await getDb().$disconnect();
  if (process.env.BENCH_KEEP_DATABASE) console.log(`\nKept ${database.url}`);
  else await dropDatabase(server.adminUrl, database.name);
  await server.stop();
}
