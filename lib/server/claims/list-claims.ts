import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { CLAIM_COUNT_CAP, CLAIMS_PER_PAGE, LAST_PAGE, type TClaimFilters } from '@/lib/schemas/claim-filters';
import { decodeCursor, encodeCursor, pageQuery, sortKeys } from './board-order';
import { boardRows } from './board-rows';

type Scope = { userId: string; workspaceId: string; documentId?: string };

/**
 * Claims whose statement, quoted words or a live comment on their annotation match the search
 * (PostgreSQL full text, English): their `searchVector`, kept by the triggers of migration
 * claim_search_vector, under one GIN index.
 */
function matchesSearch(q: string) {
  return Prisma.sql`c."searchVector" @@ websearch_to_tsquery('english', ${q})`;
}

/** A tag and the tags nested under it. */
function hasTag(workspaceId: string, tagId: string) {
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "AnnotationTag" at WHERE at."annotationId" = a.id AND at."tagId" IN (
      WITH RECURSIVE tree AS (
        SELECT id FROM "Tag" WHERE id = ${tagId} AND "workspaceId" = ${workspaceId}
        UNION SELECT child.id FROM "Tag" child JOIN tree ON child."parentId" = tree.id
      ) SELECT id FROM tree))`;
}

/** A source of the claim's evidence changed, is gone, or either ("flagged"). */
function hasFlaggedSource(flag: NonNullable<TClaimFilters['source']>) {
  const statuses = flag === 'flagged' ? ['changed', 'gone'] : [flag];
  return Prisma.sql`EXISTS (
    SELECT 1 FROM "Evidence" e JOIN "Source" s ON s.id = e."sourceId"
    WHERE e."claimId" = c.id AND s."linkStatus"::text IN (${Prisma.join(statuses)}))`;
}

/** Its annotation is orphaned (or not) in its document's latest version. */
function isOrphaned(place: NonNullable<TClaimFilters['place']>) {
  const orphaned = Prisma.sql`EXISTS (
    SELECT 1 FROM "AnnotationAnchor" an
    WHERE an."annotationId" = a.id AND an.state = 'orphaned'
      AND an."versionId" = (SELECT v.id FROM "DocumentVersion" v WHERE v."documentId" = a."documentId" ORDER BY v.number DESC LIMIT 1))`;
  return place === 'orphaned' ? orphaned : Prisma.sql`NOT ${orphaned}`;
}

/** The board's WHERE clause over `c` (Claim) and `a` (its Annotation); exports reuse it. */
export function conditions({ userId, workspaceId, documentId }: Scope, filters: TClaimFilters) {
  const where = [
    Prisma.sql`c."workspaceId" = ${workspaceId}`,
    // Authorization in the query: a non-member gets nothing, whatever the page checked.
    Prisma.sql`EXISTS (SELECT 1 FROM "Membership" m WHERE m."workspaceId" = c."workspaceId" AND m."userId" = ${userId})`,
    // Claims belong to shared annotations; a private one never shows, should one exist.
    Prisma.sql`a.visibility = 'shared'`,
  ];
  if (documentId) where.push(Prisma.sql`a."documentId" = ${documentId}`);
  if (filters.status) where.push(Prisma.sql`c.status = CAST(${filters.status} AS "ClaimStatus")`);
  if (filters.kind) where.push(Prisma.sql`a.kind = CAST(${filters.kind} AS "AnnotationKind")`);
  if (filters.verdict === 'none') where.push(Prisma.sql`c.verdict IS NULL`);
  else if (filters.verdict) where.push(Prisma.sql`c.verdict = CAST(${filters.verdict} AS "Verdict")`);
  if (filters.assignee === 'none') where.push(Prisma.sql`c."assigneeId" IS NULL`);
  else if (filters.assignee) where.push(Prisma.sql`c."assigneeId" = ${filters.assignee === 'me' ? userId : filters.assignee}`);
  if (filters.tag) where.push(hasTag(workspaceId, filters.tag));
  if (filters.q) where.push(matchesSearch(filters.q));
  if (filters.source) where.push(hasFlaggedSource(filters.source));
  if (filters.place) where.push(isOrphaned(filters.place));
  if (filters.words === 'changed') where.push(Prisma.sql`c."wordsChangedAt" IS NOT NULL`);
  if (filters.group === 'linked') where.push(Prisma.sql`c."groupId" IS NOT NULL`);
  else if (filters.group) where.push(Prisma.sql`c."groupId" = ${filters.group}`);
  return Prisma.join(where, ' AND ');
}

async function latestVersionOf({ userId, workspaceId, documentId }: Scope & { documentId: string }) {
  const document = await getDb().document.findFirst({
    where: { id: documentId, workspaceId, workspace: { memberships: { some: { userId } } } },
    select: { id: true, title: true, versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true } } },
  });
  const latest = document?.versions[0];
  if (!document || !latest) throw notFound('This document');
  return { id: document.id, title: document.title, latestVersionId: latest.id };
}

/**
 * One page of the claim board: the workspace's claims (or one document's) that pass the filters,
 * in the chosen order, with what the table shows. Another workspace's claims never match. Pages
 * are read by key (board-order.ts): `after` a row, `before` one, or the last (`before: "end"`).
 */
export async function listClaims(scope: Scope, filters: TClaimFilters) {
  const db = getDb();
  const document = scope.documentId ? await latestVersionOf({ ...scope, documentId: scope.documentId }) : null;
  const keys = sortKeys(filters.sort, document !== null);
  const toEnd = filters.before === LAST_PAGE;
  const cursor = toEnd ? undefined : (filters.before ?? filters.after);
  const fromKeys = cursor ? decodeCursor(cursor, filters.sort, keys) : null;
  const reversed = toEnd || (fromKeys !== null && filters.before !== undefined);
  const where = conditions(scope, filters);
  const place = document
    ? Prisma.sql`LEFT JOIN "AnnotationAnchor" place ON place."annotationId" = a.id AND place."versionId" = ${document.latestVersionId}`
    : Prisma.empty;
  // Its workspace named, so that the documents are read in title order from Document(workspaceId, title, id).
  const byDocument =
    !document && filters.sort === 'document'
      ? Prisma.sql`JOIN "Document" d ON d.id = a."documentId" AND d."workspaceId" = ${scope.workspaceId}`
      : Prisma.empty;
  const [found, [count]] = await Promise.all([
    // One more than a page: whether there is a page beyond it.
    db.$queryRaw<{ id: string; keys: string[] }[]>(
      pageQuery({
        from: Prisma.sql`"Claim" c JOIN "Annotation" a ON a.id = c."annotationId" ${place} ${byDocument}`,
        where,
        keys,
        values: fromKeys,
        reversed,
        limit: CLAIMS_PER_PAGE + 1,
      }),
    ),
    // Counted up to the cap: an exact count reads every match (1.3 s for 250,000 claims), a page reads 50.
    db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM (
        SELECT 1 FROM "Claim" c JOIN "Annotation" a ON a.id = c."annotationId" WHERE ${where} LIMIT ${CLAIM_COUNT_CAP + 1}
      ) matches`,
  ]);
  const counted = count?.total ?? 0;
  const total = Math.min(counted, CLAIM_COUNT_CAP);
  const totalIsCapped = counted > CLAIM_COUNT_CAP;
  const pageCount = totalIsCapped ? null : Math.max(1, Math.ceil(total / CLAIMS_PER_PAGE));
  // The last page holds what is left after the full pages before it, as paging forward shows it.
  const size = toEnd && !totalIsCapped ? total % CLAIMS_PER_PAGE || CLAIMS_PER_PAGE : CLAIMS_PER_PAGE;
  const beyondPage = found.length > size;
  const ids = reversed ? found.slice(0, size).reverse() : found.slice(0, size);
  const atStart = reversed ? !beyondPage : fromKeys === null;
  const atEnd = reversed ? toEnd || fromKeys === null : !beyondPage;
  const cursorOf = (row: { keys: string[] } | undefined) => (row ? encodeCursor(filters.sort, row.keys) : null);
  const page = atStart ? 1 : toEnd ? pageCount : (filters.page ?? null);
  return {
    rows: await boardRows(
      scope.workspaceId,
      ids.map((row) => row.id),
    ),
    total,
    totalIsCapped,
    /** the page's number when known: the first, the last of a counted list, or as the link that led here said */
    page,
    pageCount,
    /** the cursor of the page after this one (`after`) */
    next: atEnd ? null : cursorOf(ids.at(-1)),
    /** the cursor of the page before this one (`before`) */
    previous: atStart ? null : cursorOf(ids[0]),
    document,
  };
}

export type ClaimBoardPage = Awaited<ReturnType<typeof listClaims>>;
export type ClaimBoardRow = ClaimBoardPage['rows'][number];
