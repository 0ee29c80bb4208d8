// Seeds bench:match's workspace straight through `pg`, in batches with unnest() (board/seed.ts's
// `insert`): 100 documents holding the background claims (100,000 by default), generated from
// news-style templates over the same topics as the hand-written pairs (ports, prices, jobs, crime,
// budgets…), so that the lookups meet look-alikes, not noise. Triggers are off for the seeding
// session (the live feed's, and matchText's, which it fills itself).
import { createHash } from 'node:crypto';
import pg from 'pg';
import { insert } from '../board/seed';

const SUBJECTS = [
  'The port of Antwerp',
  'Unemployment in France',
  'The city council',
  'The ministry of health',
  'Exports from Brazil',
  'The central bank',
  'Inflation in Argentina',
  'The school district',
  'Violent crime in Houston',
  'Wheat prices',
  'The governor',
  'The airline',
  'Home sales in Austin',
  'The water company',
  'The football club',
  'Rents in Berlin',
  'The hospital trust',
  'The army',
  'Oil revenue in Nigeria',
  'The union',
  'Coal production in Poland',
  'The mayor of Lyon',
  'Tourism in Greece',
  'The police',
  'Solar capacity in India',
  'The senator',
  'Car sales in Japan',
  'The university',
  'Gas prices in Spain',
  'The prime minister',
  'Smoking among adults',
  'The festival',
  'The refugee agency',
  'The regulator',
];
const PREDICATES = [
  'rose',
  'fell',
  'reached',
  'spent',
  'handled',
  'cut',
  'reported',
  'approved',
  'promised',
  'lost',
  'doubled',
  'hired',
  'built',
  'cancelled',
  'received',
];
const OBJECTS = [
  'containers',
  'per cent',
  'million euros',
  'jobs',
  'nurses',
  'homes',
  'visitors',
  'flights',
  'tonnes of grain',
  'hospital beds',
  'dollars in aid',
  'teachers',
  'cars',
  'hectares',
  'students',
  'arrests',
];
const TAILS = [
  'in {year}',
  'last year',
  'this month',
  'according to officials',
  'since {year}',
  'in the first quarter',
  '',
  'by {year}',
  'on Monday',
];

/** A deterministic background claim per index. */
export function backgroundClaim(index: number): string {
  const pick = <T>(list: readonly T[], salt: number) =>
    list[Math.floor(Math.abs(Math.sin(index * 12.9898 + salt * 78.233)) * 43758.5453) % list.length]!;
  const amount = ((index * 7919) % 99_000) + 1;
  const year = String(1990 + (index % 35));
  const tail = pick(TAILS, 4).replace('{year}', year);
  return `${pick(SUBJECTS, 1)} ${pick(PREDICATES, 2)} ${amount.toLocaleString('en-GB')} ${pick(OBJECTS, 3)}${tail ? ` ${tail}` : ''}.`;
}

const DOCUMENTS = 100;

/** Inserts `statements` as claims of shared annotations in `documentCount` documents; `prefix` keeps ids apart. */
export async function seedClaims(
  databaseUrl: string,
  {
    workspaceId,
    userId,
    prefix,
    statements,
    documents = DOCUMENTS,
  }: { workspaceId: string; userId: string; prefix: string; statements: string[]; documents?: number },
) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const client = await pool.connect();
  try {
    await client.query(`SET session_replication_role = replica`);
    const now = new Date('2026-06-01T00:00:00Z');
    const perDocument = Math.ceil(statements.length / documents);
    const docs = Array.from({ length: Math.min(documents, statements.length) }, (_, index) => ({
      id: `${prefix}-d-${index}`,
      versionId: `${prefix}-v-${index}`,
    }));
    await insert(
      client,
      'Document',
      { id: 'text', workspaceId: 'text', title: 'text', createdById: 'text', updatedAt: 'timestamp' },
      docs.map((document, index) => ({
        id: document.id,
        workspaceId,
        title: `${prefix} report ${index + 1}`,
        createdById: userId,
        updatedAt: now,
      })),
    );
    const text = 'Background text.';
    await insert(
      client,
      'DocumentVersion',
      {
        id: 'text',
        documentId: 'text',
        number: 'int',
        content: 'jsonb',
        plainText: 'text',
        contentHash: 'text',
        origin: '"VersionOrigin"',
        createdById: 'text',
      },
      docs.map((document) => ({
        id: document.versionId,
        documentId: document.id,
        number: 1,
        content: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }),
        plainText: text,
        contentHash: createHash('sha256').update(text).digest('hex'),
        origin: 'paste',
        createdById: userId,
      })),
    );
    const annotations = statements.map((statement, index) => {
      const document = docs[Math.floor(index / perDocument)]!;
      return {
        id: `${prefix}-a-${index}`,
        workspaceId,
        documentId: document.id,
        versionId: document.versionId,
        kind: 'claim',
        exact: statement,
        prefix: '',
        suffix: '',
        start: 0,
        end: statement.length,
        authorId: userId,
        updatedAt: now,
      };
    });
    await insert(
      client,
      'Annotation',
      {
        id: 'text',
        workspaceId: 'text',
        documentId: 'text',
        versionId: 'text',
        kind: '"AnnotationKind"',
        exact: 'text',
        prefix: 'text',
        suffix: 'text',
        start: 'int',
        end: 'int',
        authorId: 'text',
        updatedAt: 'timestamp',
      },
      annotations,
    );
    await insert(
      client,
      'Claim',
      {
        id: 'text',
        workspaceId: 'text',
        annotationId: 'text',
        statement: 'text',
        status: '"ClaimStatus"',
        verdict: '"Verdict"',
        updatedAt: 'timestamp',
      },
      statements.map((statement, index) => ({
        id: `${prefix}-c-${index}`,
        workspaceId,
        annotationId: `${prefix}-a-${index}`,
        statement,
        status: 'reviewed',
        verdict: 'verified',
        updatedAt: now,
      })),
    );
    // the seeding session runs no trigger: matchText (lookups' trigram column) is filled here
    await client.query(`UPDATE "Claim" SET "matchText" = margin_match_text(statement) WHERE "workspaceId" = $1 AND id LIKE $2`, [
      workspaceId,
      `${prefix}-c-%`,
    ]);
    // a steady state: the GIN index's pending list merged, as autovacuum leaves it
    await client.query('VACUUM ANALYZE "Claim", "Annotation", "Document"');
    return statements.map((_, index) => `${prefix}-c-${index}`);
  } finally {
    client.release();
    await pool.end();
  }
}
