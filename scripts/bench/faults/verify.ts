// After the fault benchmark's load: which acknowledged writes the database holds, and which live
// events each live client should have received (the LiveEvent rows after its first cursor that
// the delivery rule gives it, lib/live/deliver.ts) but did not.
import pg from 'pg';
import { shouldDeliver } from '@/lib/live/deliver';
import type { TLiveEvent } from '@/lib/live/events';
import type { Ack } from './writer';

/** Acknowledged writes the database does not hold: ids absent, or a claim behind its acknowledged version. */
export async function findLostWrites(url: string, acks: Ack[]): Promise<Ack[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const ids = (kind: Ack['kind']) => acks.filter((ack) => ack.kind === kind).map((ack) => ack.id);
    const present = async (sql: string, values: string[]) =>
      new Set((await client.query<{ id: string }>(sql, [values])).rows.map((row) => row.id));
    const annotations = await present('SELECT id FROM "Annotation" WHERE id = ANY($1)', ids('annotation'));
    const comments = await present('SELECT id FROM "Comment" WHERE id = ANY($1)', ids('comment'));
    const claims = new Map(
      (
        await client.query<{ id: string; version: number }>('SELECT id, version FROM "Claim" WHERE id = ANY($1)', [ids('claim_step')])
      ).rows.map((row) => [row.id, row.version]),
    );
    return acks.filter((ack) => {
      if (ack.kind === 'annotation') return !annotations.has(ack.id);
      if (ack.kind === 'comment') return !comments.has(ack.id);
      return (claims.get(ack.id) ?? 0) < ack.version!;
    });
  } finally {
    await client.end();
  }
}

type EventRow = { id: string; workspaceId: string; documentId: string | null; userId: string | null; entity: TLiveEvent['entity'] };

/** The newest live event id, and for each subscriber the ids after `since` it should have received. */
export async function expectedLiveEvents(url: string, subscribers: { userId: string; workspaceId: string; since: string }[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const oldest = subscribers.reduce((min, { since }) => (BigInt(since) < min ? BigInt(since) : min), BigInt(Number.MAX_SAFE_INTEGER));
    const { rows } = await client.query<EventRow>(
      'SELECT id::text AS id, "workspaceId", "documentId", "userId", entity FROM "LiveEvent" WHERE id > $1 ORDER BY id',
      [oldest.toString()],
    );
    const newest = rows.at(-1)?.id ?? null;
    const expected = subscribers.map(({ userId, workspaceId, since }) =>
      rows
        .filter((row) => BigInt(row.id) > BigInt(since) && shouldDeliver(row, { userId, workspaceId, documentId: null }))
        .map((row) => row.id),
    );
    return { newest, expected };
  } finally {
    await client.end();
  }
}
