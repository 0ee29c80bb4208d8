// Many rows of one table in one statement, handed to PostgreSQL as one JSON parameter. Prisma's
// createMany compiles each insert on the request thread in time with its rows × columns (about
// 1 ms a row here): an import of hundreds of rows held the thread for tens of milliseconds per
// chunk, and every other member's query waited behind each chunk (bench:hostile). Here the thread
// only serialises the rows; PostgreSQL reads them with json_populate_recordset, casting each
// field to its column's type (enums, timestamps, jsonb) as an insert would.
import 'server-only';
import type { DbTransaction } from '@/lib/db';

/** What a field may hold: JSON, or a Date (written as its ISO time). */
export type Value = string | number | boolean | null | Date | { [key: string]: unknown } | unknown[];

const IDENTIFIER = /^[a-z][a-z0-9]*$/i;
const quoted = (name: string) => {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a table or column name: ${name}`);
  return `"${name}"`;
};

/**
 * Inserts `rows` into `table`. Every row names the same columns (the first row's keys); columns
 * left out take their database default, so a Prisma-only default (`@updatedAt`, `cuid()`) must be
 * given. `onConflictDoNothing`: rows that would break a unique key are skipped (createMany's
 * skipDuplicates). Resolves to the number of rows written.
 */
export async function insertRows(
  tx: DbTransaction,
  table: string,
  rows: Record<string, Value>[],
  { onConflictDoNothing = false }: { onConflictDoNothing?: boolean } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const names = Object.keys(rows[0]!);
  if (rows.some((row) => Object.keys(row).length !== names.length)) throw new Error(`Rows for ${table} name different columns`);
  const columns = names.map(quoted).join(', ');
  const conflict = onConflictDoNothing ? ' ON CONFLICT DO NOTHING' : '';
  const sql = `INSERT INTO ${quoted(table)} (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)${conflict}`;
  return tx.$executeRawUnsafe(sql, JSON.stringify(rows));
}
