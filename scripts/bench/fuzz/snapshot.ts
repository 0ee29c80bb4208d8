// The fuzzer's view of the database: per table, its row count and a hash of all its rows, so that
// a refused request can be shown to have changed nothing. Left out: what a refused request may
// write by design — rate-limit counters, sign-in back-off, sessions, an API token's lastUsedAt
// (written on use, at most once a minute) — and the migrations' bookkeeping.
import pg from 'pg';

const SKIPPED_TABLES = ['RateLimitBucket', 'SignInBackoff', 'Session', '_prisma_migrations'];
const SKIPPED_COLUMNS: Record<string, string[]> = { ApiToken: ['lastUsedAt'] };

export type Snapshot = Map<string, string>; // table → "count:md5"

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** A client that snapshots the database at `url`; the query is built once from its tables. */
export async function openSnapshotter(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on('error', () => {}); // the server stopping at the end of a failed run: the run reports the failure
  const tables = (
    await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
  ).rows
    .map((row) => row.name)
    .filter((name) => !SKIPPED_TABLES.includes(name));
  const row = (table: string) => `(to_jsonb(t)${(SKIPPED_COLUMNS[table] ?? []).map((column) => ` - ${literal(column)}`).join('')})::text`;
  const query = tables
    .map(
      (table) =>
        `SELECT ${literal(table)} AS name, count(*) || ':' || md5(coalesce(string_agg(${row(table)}, '|' ORDER BY ${row(table)}), '')) AS digest FROM ${quote(table)} t`,
    )
    .join(' UNION ALL ');

  return {
    tables,
    async take(): Promise<Snapshot> {
      const { rows } = await client.query<{ name: string; digest: string }>(query);
      return new Map(rows.map(({ name, digest }) => [name, digest]));
    },
    close: () => client.end(),
  };
}

/** The tables whose rows differ between two snapshots. */
export function changedTables(before: Snapshot, after: Snapshot): string[] {
  return [...before.keys()].filter((table) => before.get(table) !== after.get(table));
}
