import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { CLAIM_STATUSES } from '@/lib/claims/workflow';
import type { TClaimFilters } from '@/lib/schemas/claim-filters';

/**
 * The claim board's orders as sort keys, and keyset pages over them: a page is the rows after (or
 * before) the keys of a row, so page 100 costs what page 1 does, where an OFFSET read and dropped
 * every row before it. A cursor is the keys of the row a page starts after, as text.
 */
type KeyType = 'timestamp' | 'text' | 'int' | 'bool' | 'status';
type Key = { sql: Prisma.Sql; descending: boolean; type: KeyType };

const CASTS: Record<KeyType, Prisma.Sql> = {
  timestamp: Prisma.raw('timestamp(3)'),
  text: Prisma.raw('text'),
  int: Prisma.raw('int'),
  bool: Prisma.raw('boolean'),
  status: Prisma.raw('"ClaimStatus"'),
};

const VALID: Record<KeyType, (value: string) => boolean> = {
  timestamp: (value) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?$/.test(value),
  text: () => true,
  int: (value) => /^-?\d{1,9}$/.test(value),
  bool: (value) => value === 'true' || value === 'false',
  status: (value) => (CLAIM_STATUSES as readonly string[]).includes(value),
};

const desc = (sql: Prisma.Sql, type: KeyType): Key => ({ sql, descending: true, type });
const asc = (sql: Prisma.Sql, type: KeyType): Key => ({ sql, descending: false, type });

/** The keys of an order, over `c` (Claim), `a` (Annotation), `d` (Document) and `place` (the latest anchor). */
export function sortKeys(sort: TClaimFilters['sort'], oneDocument: boolean): Key[] {
  const newest = [desc(Prisma.sql`c."updatedAt"`, 'timestamp'), desc(Prisma.sql`c.id`, 'text')];
  switch (sort) {
    case 'status':
      return [asc(Prisma.sql`c.status`, 'status'), ...newest];
    case 'group':
      // claims linked as the same claim next to each other, then the others
      return [asc(Prisma.sql`(c."groupId" IS NULL)`, 'bool'), asc(Prisma.sql`COALESCE(c."groupId", '')`, 'text'), ...newest];
    case 'document':
      // On one document: where each claim sits in its latest version (orphans last).
      return oneDocument
        ? [
            asc(Prisma.sql`(place.start IS NULL)`, 'bool'),
            asc(Prisma.sql`COALESCE(place.start, 0)`, 'int'),
            asc(Prisma.sql`a.start`, 'int'),
            asc(Prisma.sql`c.id`, 'text'),
          ]
        : [asc(Prisma.sql`d.title`, 'text'), asc(Prisma.sql`d.id`, 'text'), asc(Prisma.sql`a.start`, 'int'), asc(Prisma.sql`c.id`, 'text')];
    default:
      return newest;
  }
}

const direction = (key: Key, reversed: boolean) => Prisma.raw(key.descending !== reversed ? 'DESC' : 'ASC');

/** ORDER BY the keys, or the other way round (to read the page before a row, or the last page). */
function orderBy(keys: Key[], reversed: boolean) {
  return Prisma.join(
    keys.map((key) => Prisma.sql`${key.sql} ${direction(key, reversed)}`),
    ', ',
  );
}

/** The keys of each row, as text: what a cursor holds. */
function keysSelected(keys: Key[]) {
  return Prisma.sql`ARRAY[${Prisma.join(
    keys.map((key) => Prisma.sql`${key.sql}::text`),
    ', ',
  )}]`;
}

/**
 * Rows strictly after `values` in the keys' order (before them when `reversed`), as conditions
 * whose rows together are those, nearest first. Keys running the same way are compared as one
 * row value, which an index on them seeks to; keys running both ways (status ascending, then
 * newest first) give one condition per run: the same status and older, or a later status. Each
 * run's first key is also bounded on its own, for an index on it alone (a document's title).
 */
function beyond(keys: Key[], values: string[], reversed: boolean): Prisma.Sql[] {
  const typed = keys.map((key, index) => Prisma.sql`CAST(${values[index]} AS ${CASTS[key.type]})`);
  const runs: { from: number; to: number }[] = [];
  keys.forEach((key, index) => {
    const last = runs.at(-1);
    if (last && keys[last.from]!.descending === key.descending) last.to = index + 1;
    else runs.push({ from: index, to: index + 1 });
  });
  const row = (sqls: Prisma.Sql[]) => (sqls.length === 1 ? sqls[0]! : Prisma.sql`(${Prisma.join(sqls, ', ')})`);
  return runs
    .map(({ from, to }) => {
      const equal = keys.slice(0, from).map((key, index) => Prisma.sql`${key.sql} = ${typed[index]!}`);
      const later = keys[from]!.descending !== reversed;
      const bound = Prisma.sql`${keys[from]!.sql} ${Prisma.raw(later ? '<=' : '>=')} ${typed[from]!}`;
      const strictly = Prisma.sql`${row(keys.slice(from, to).map((key) => key.sql))} ${Prisma.raw(later ? '<' : '>')} ${row(typed.slice(from, to))}`;
      return Prisma.join([...equal, bound, strictly], ' AND ');
    })
    .reverse();
}

/**
 * One page of claims in the keys' order: `limit` rows of `from` matching `where`, after the row
 * of `values` (before it when `reversed`), each with its keys as text. When the keys run both
 * ways, each condition of `beyond` reads its own page by index and the nearest rows of them win.
 */
export function pageQuery(page: {
  from: Prisma.Sql;
  where: Prisma.Sql;
  keys: Key[];
  values: string[] | null;
  reversed: boolean;
  limit: number;
}) {
  const { from, where, keys, values, reversed, limit } = page;
  const select = (condition: Prisma.Sql | null, columns: Prisma.Sql) => Prisma.sql`
    SELECT c.id, ${keysSelected(keys)} AS keys${columns} FROM ${from}
    WHERE ${where}${condition ? Prisma.sql` AND ${condition}` : Prisma.empty}
    ORDER BY ${orderBy(keys, reversed)} LIMIT ${limit}`;
  const conditions = values ? beyond(keys, values, reversed) : [];
  if (conditions.length <= 1) return select(conditions[0] ?? null, Prisma.empty);
  const columns = Prisma.sql`, ${Prisma.join(
    keys.map((key, index) => Prisma.sql`${key.sql} AS ${Prisma.raw(`k${index}`)}`),
    ', ',
  )}`;
  const branches = Prisma.join(
    conditions.map((condition) => Prisma.sql`(${select(condition, columns)})`),
    ' UNION ALL ',
  );
  const outer = Prisma.join(
    keys.map((key, index) => Prisma.sql`${Prisma.raw(`page.k${index}`)} ${direction(key, reversed)}`),
    ', ',
  );
  return Prisma.sql`SELECT page.id, page.keys FROM (${branches}) page ORDER BY ${outer} LIMIT ${limit}`;
}

/** A cursor names its order, so that one made for another sort is ignored rather than misread. */
export function encodeCursor(sort: TClaimFilters['sort'], values: string[]) {
  return Buffer.from(JSON.stringify([sort ?? 'updated', ...values])).toString('base64url');
}

/** The key values of a cursor made for these keys, or null (another order, or not a cursor). */
export function decodeCursor(cursor: string, sort: TClaimFilters['sort'], keys: Key[]): string[] | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== (sort ?? 'updated') || parsed.length !== keys.length + 1) return null;
  const values = parsed.slice(1);
  const valid = values.every((value, index) => typeof value === 'string' && !value.includes('\u0000') && VALID[keys[index]!.type](value));
  return valid ? (values as string[]) : null;
}
