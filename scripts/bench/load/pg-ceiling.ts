// The ceiling for the writes: the rows an annotation create, a claim step and a comment write,
// sent straight through `pg` (one transaction each, the database's triggers firing as for the
// app), by as many concurrent workers as there are clients, over a pool of the app's size, for a
// bounded time. No HTTP, authentication, validation, ORM or reads: what the app's writes cost
// above this is its own.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { pickRange, type LoadDesk } from './seed';
import type { LoadStats } from './stats';

type Worker = { userId: string; claims: { id: string; step: number }[]; annotations: string[] };

const STEPS = [
  { status: 'in_progress', notify: false },
  { status: 'proposed', notify: true },
  { status: 'reviewed', notify: true },
] as const;

async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>) {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  } finally {
    client.release();
  }
}

const activity = (client: pg.PoolClient, values: unknown[]) =>
  client.query(
    `INSERT INTO "Activity" ("workspaceId", "actorId", "action", "entityType", "entityId", "documentId", "claimId", "after")
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    values,
  );

async function createAnnotationRows(pool: pg.Pool, desk: LoadDesk, worker: Worker) {
  const document = desk.documents[Math.floor(Math.random() * desk.documents.length)]!;
  const { start, end } = pickRange(document.plainText, Math.floor(Math.random() * 1e6));
  const exact = document.plainText.slice(start, end);
  const [annotationId, claimId] = [randomUUID(), randomUUID()];
  await inTransaction(pool, async (client) => {
    await client.query(
      `INSERT INTO "Annotation" ("id", "workspaceId", "documentId", "versionId", "kind", "visibility", "exact", "prefix", "suffix",
         "start", "end", "authorId", "updatedAt")
       VALUES ($1, $2, $3, $4, 'claim', 'shared', $5, $6, $7, $8, $9, $10, now())`,
      [annotationId, desk.workspace.id, document.id, document.versionId, exact, '', '', start, end, worker.userId],
    );
    await client.query(
      `INSERT INTO "AnnotationAnchor" ("id", "annotationId", "versionId", "start", "end", "state", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, 'anchored', now())`,
      [randomUUID(), annotationId, document.versionId, start, end],
    );
    await client.query(
      `INSERT INTO "Claim" ("id", "workspaceId", "annotationId", "statement", "updatedAt") VALUES ($1, $2, $3, $4, now())`,
      [claimId, desk.workspace.id, annotationId, exact],
    );
    await activity(client, [
      desk.workspace.id,
      worker.userId,
      'annotation.created',
      'Annotation',
      annotationId,
      document.id,
      claimId,
      { exact },
    ]);
  });
  worker.annotations.push(annotationId);
  worker.claims.push({ id: claimId, step: 0 });
}

async function claimStepRows(pool: pg.Pool, desk: LoadDesk, worker: Worker) {
  const claim = worker.claims.shift();
  if (!claim) return createAnnotationRows(pool, desk, worker);
  const step = STEPS[claim.step]!;
  await inTransaction(pool, async (client) => {
    await client.query(
      `UPDATE "Claim" SET "status" = $2::"ClaimStatus", "assigneeId" = $3, "version" = "version" + 1, "updatedAt" = now() WHERE "id" = $1`,
      [claim.id, step.status, worker.userId],
    );
    await activity(client, [
      desk.workspace.id,
      worker.userId,
      `claim.${step.status}`,
      'Claim',
      claim.id,
      null,
      claim.id,
      { status: step.status },
    ]);
    if (step.notify)
      await client.query(
        `INSERT INTO "Notification" ("id", "workspaceId", "userId", "actorId", "kind", "message", "claimId")
         VALUES ($1, $2, $3, $3, 'review_request', 'Please review.', $4)`,
        [randomUUID(), desk.workspace.id, worker.userId, claim.id],
      );
  });
  if (claim.step < STEPS.length - 1) worker.claims.push({ id: claim.id, step: claim.step + 1 });
}

async function commentRows(pool: pg.Pool, desk: LoadDesk, worker: Worker, annotations: string[]) {
  const annotationId = annotations[Math.floor(Math.random() * annotations.length)]!;
  const commentId = randomUUID();
  await inTransaction(pool, async (client) => {
    await client.query(`INSERT INTO "Comment" ("id", "annotationId", "authorId", "body", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [
      commentId,
      annotationId,
      worker.userId,
      'Which source says so?',
    ]);
    await activity(client, [desk.workspace.id, worker.userId, 'comment.created', 'Comment', commentId, null, null, { annotationId }]);
  });
}

/** Runs `workers` loops of writes (create : step : comment in equal parts) for `seconds`; records them in `stats`. */
export async function runPgCeiling({
  url,
  poolSize,
  workers,
  seconds,
  desk,
  annotations,
  stats,
}: {
  url: string;
  poolSize: number;
  workers: number;
  seconds: number;
  desk: LoadDesk;
  annotations: string[];
  stats: LoadStats;
}) {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const until = performance.now() + seconds * 1000;
  const writes = [
    ['create annotation', createAnnotationRows],
    ['claim step', claimStepRows],
    ['comment', (p: pg.Pool, d: LoadDesk, w: Worker) => commentRows(p, d, w, annotations)],
  ] as const;
  const loop = async (index: number) => {
    const worker: Worker = { userId: desk.members[index % desk.members.length]!.id, claims: [], annotations: [] };
    while (performance.now() < until) {
      const [type, write] = writes[Math.floor(Math.random() * writes.length)]!;
      const started = performance.now();
      try {
        await write(pool, desk, worker);
        stats.record(`pg: ${type}`, { ms: performance.now() - started, status: 200 });
      } catch (error) {
        stats.record(`pg: ${type}`, { ms: performance.now() - started, socketError: (error as { code?: string }).code ?? 'error' });
        if (stats.firstErrors.length < 5) stats.firstErrors.push(`pg ${type}: ${(error as Error).message}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: workers }, (_, index) => loop(index)));
  } finally {
    await pool.end();
  }
}
