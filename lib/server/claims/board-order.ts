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

/** ORDER BY the keys, or the other way round (to read the page before a row, or the last page). */
export function orderBy(keys: Key[], reversed: boolean) {
  return Prisma.join(
    keys.map((key) => Prisma.sql`${key.sql} ${Prisma.raw(key.descending !== reversed ? 'DESC' : 'ASC')}`),
    ', ',
  );
}

/** The keys of each row, as text: what a cursor holds. */
export function keysSelected(keys: Key[]) {
  return Prisma.sql`ARRAY[${Prisma.join(
    keys.map((key) => Prisma.sql`${key.sql}::text`),
    ', ',
  )}]`;
}

/**
 * Rows strictly after `values` in the keys' order (before them when `reversed`). Keys running
 * the same way are compared as one row value; the first key is also bounded on its own, which an
 * index on it can take.
 */
export function beyond(keys: Key[], values: string[], reversed: boolean): Prisma.Sql {
  const typed = keys.map((key, index) => Prisma.sql`CAST(${values[index]} AS ${CASTS[key.type]})`);
  const segments: { from: number; to: number }[] = [];
  keys.forEach((key, index) => {
    const last = segments.at(-1);
    if (last && keys[last.from]!.descending === key.descending) last.to = index + 1;
    else segments.push({ from: index, to: index + 1 });
  });
  const row = (sqls: Prisma.Sql[]) => (sqls.length === 1 ? sqls[0]! : Prisma.sql`(${Prisma.join(sqls, ', ')})`);
  const compare = (segment: number): Prisma.Sql => {
    const { from, to } = segments[segment]!;
    const left = row(keys.slice(from, to).map((key) => key.sql));
    const right = row(typed.slice(from, to));
    const after = keys[from]!.descending !== reversed ? Prisma.raw('<') : Prisma.raw('>');
    if (segment === segments.length - 1) return Prisma.sql`${left} ${after} ${right}`;
    return Prisma.sql`(${left} ${after} ${right} OR (${left} = ${right} AND ${compare(segment + 1)}))`;
  };
  const first = keys[0]!;
  const bound = Prisma.raw(first.descending !== reversed ? '<=' : '>=');
  return Prisma.sql`${first.sql} ${bound} ${typed[0]!} AND ${compare(0)}`;
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
