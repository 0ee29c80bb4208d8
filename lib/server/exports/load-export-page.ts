import 'server-only';
import { createHash } from 'node:crypto';
import { Prisma } from '@/lib/generated/prisma/client';
import { getDbPool, namedStatement } from '@/lib/db';
import type { DescribedEvidence } from '@/lib/evidence/kinds';
import type { ExportClaim } from '@/lib/export/types';

type PersonRow = { id: string; name: string | null; email: string };
type DocumentRow = { id: string; title: string; byline: string | null; originUrl: string | null; publishedAt: string | null };
type EvidenceRow = DescribedEvidence & {
  stance: ExportClaim['sources'][number]['stance'];
  quote: string | null;
  upload: { fileName: string; contentType: string; byteLength: number; sha256: string } | null;
};
type TagRow = { id: string; name: string; color: string };
type CommentRow = { id: string; parentId: string | null; body: string; createdAt: string; updatedAt: string; author: PersonRow | null };

/** One claim as a page is read: what every format needs, nothing else (never contact details or notes). */
export type LoadedClaim = {
  id: string;
  statement: string;
  status: ExportClaim['status'];
  verdict: ExportClaim['verdict'];
  rationale: string | null;
  figureKind: string | null;
  figureValue: string | null;
  figureUnit: string | null;
  figureCurrency: string | null;
  figureQualifier: string | null;
  figureDates: string[];
  verdictWords: string | null;
  verdictWordsVersion: number | null;
  wordsChangedAt: string | null;
  proposedAt: string | null;
  reviewedAt: string | null;
  createdAt: string;
  updatedAt: string;
  assignee: PersonRow | null;
  proposedBy: PersonRow | null;
  reviewedBy: PersonRow | null;
  evidence: EvidenceRow[];
  annotation: {
    id: string;
    documentId: string;
    kind: string;
    exact: string;
    prefix: string;
    suffix: string;
    createdAt: string;
    updatedAt: string;
    author: PersonRow | null;
    latestAnchor: { versionId: string; start: number | null; end: number | null } | null;
    tags: TagRow[];
    comments: CommentRow[];
  };
  document: DocumentRow;
};

/**
 * The people and documents an export has read so far (pages share most of them: a desk's
 * members, a document's thousand claims), so that a page reads only those it is the first to
 * name; at most KNOWN_MAX of each are kept.
 */
export type ExportLookups = { people: Map<string, PersonRow>; documents: Map<string, DocumentRow> };
export const createExportLookups = (): ExportLookups => ({ people: new Map(), documents: new Map() });
const KNOWN_MAX = 1_000;

function remember<T>(known: Map<string, T>, id: string, value: T, page: Map<string, T>) {
  page.set(id, value);
  known.set(id, value);
  if (known.size > KNOWN_MAX) known.delete(known.keys().next().value!);
}

/** Whether `id` is known, copied into the page's own lookup if so. */
function copyKnown<T>(known: Map<string, T>, id: string, page: Map<string, T>) {
  const value = known.get(id);
  if (value !== undefined) page.set(id, value);
  return value !== undefined;
}

/**
 * A named (prepared) statement: each of the pool's connections parses it once and PostgreSQL,
 * after its first few runs, plans it once (a generic plan) instead of for every page — an export
 * of 50,000 claims runs the same five queries 250 times. The name is the text's hash: the page
 * query's text changes with the filters (their values are parameters), and `pg` refuses one name
 * for two texts. Prepared statements live as long as the connection (lib/db.ts: a pooler in
 * transaction mode needs them off).
 */
const named = (text: string) => namedStatement(`export-${createHash('sha1').update(text).digest('base64url')}`, text);

/** A timestamp column as the ISO string JavaScript writes (the columns hold UTC). */
const ts = (column: string) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * The page's claims, in plain columns (one row a claim; people, documents and lists come in their
 * own queries), read as arrays (`rowMode: 'array'`): `pg` building an object of 33 named fields
 * for every row cost more of Node's time than anything else in reading a page. The order is the
 * SELECT's below.
 */
type ClaimRow = [
  id: string,
  statement: string,
  status: LoadedClaim['status'],
  verdict: LoadedClaim['verdict'],
  rationale: string | null,
  figureKind: string | null,
  figureValue: string | null,
  figureUnit: string | null,
  figureCurrency: string | null,
  figureQualifier: string | null,
  figureDates: string[],
  verdictWords: string | null,
  verdictWordsVersion: number | null,
  wordsChangedAt: string | null,
  proposedAt: string | null,
  reviewedAt: string | null,
  createdAt: string,
  updatedAt: string,
  assigneeId: string | null,
  proposedById: string | null,
  reviewedById: string | null,
  annotationId: string,
  documentId: string,
  kind: string,
  exact: string,
  prefix: string,
  suffix: string,
  annotationCreatedAt: string,
  annotationUpdatedAt: string,
  authorId: string | null,
  latestVersionId: string | null,
  anchorStart: number | null,
  anchorEnd: number | null,
];
const ID = 0;
const ANNOTATION_ID = 21;
const DOCUMENT_ID = 22;
/** assigneeId, proposedById, reviewedById, authorId */
const PERSON_IDS = [18, 19, 20, 29] as const;

const PEOPLE = named(`SELECT id, name, email FROM "User" WHERE id = ANY($1)`);
const DOCUMENTS = named(
  `SELECT id, title, byline, "originUrl", ${ts('"publishedAt"')} AS "publishedAt" FROM "Document" WHERE id = ANY($1)`,
);
const TAGS = named(
  `SELECT at."annotationId", t.id, t.name, t.color FROM "AnnotationTag" at JOIN "Tag" t ON t.id = at."tagId"
   WHERE at."annotationId" = ANY($1) ORDER BY at."annotationId", at."createdAt", t.id`,
);

/**
 * One page: the claims the where-clause selects after `after` (keyset on id), in plain columns
 * with their anchor in their document's latest version; then, for the page as a whole, its
 * people, documents, evidence, tags and (with `withDiscussion`) live comments, each once, by the
 * ids of the claims already selected — nothing the where-clause did not let through is read.
 * People and documents `known` from earlier pages are not read again.
 */
export async function loadExportPage(
  where: Prisma.Sql,
  after: string,
  pageSize: number,
  withDiscussion: boolean,
  known: ExportLookups = createExportLookups(),
): Promise<LoadedClaim[]> {
  const pool = getDbPool();
  const query = Prisma.sql`
    WITH page AS MATERIALIZED (
      SELECT c.id, c.statement, c.status, c.verdict, c.rationale, c."figureKind", trim_scale(c."figureValue")::text AS "figureValue",
        c."figureUnit", c."figureCurrency", c."figureQualifier", COALESCE(c."figureDates", '{}') AS "figureDates",
        c."verdictWords", c."verdictWordsVersion",
        ${Prisma.raw(ts('c."wordsChangedAt"'))} AS "wordsChangedAt", ${Prisma.raw(ts('c."proposedAt"'))} AS "proposedAt",
        ${Prisma.raw(ts('c."reviewedAt"'))} AS "reviewedAt", ${Prisma.raw(ts('c."createdAt"'))} AS "createdAt",
        ${Prisma.raw(ts('c."updatedAt"'))} AS "updatedAt",
        c."assigneeId", c."proposedById", c."reviewedById",
        a.id AS "annotationId", a."documentId", a.kind, a.exact, a.prefix, a.suffix,
        ${Prisma.raw(ts('a."createdAt"'))} AS "annotationCreatedAt", ${Prisma.raw(ts('a."updatedAt"'))} AS "annotationUpdatedAt",
        a."authorId"
      FROM "Claim" c
      JOIN "Annotation" a ON a.id = c."annotationId"
      WHERE ${where} AND c.id > ${after}
      ORDER BY c.id LIMIT ${pageSize}
    ), lv AS (
      SELECT DISTINCT ON (v."documentId") v."documentId", v.id
      FROM "DocumentVersion" v WHERE v."documentId" IN (SELECT "documentId" FROM page)
      ORDER BY v."documentId", v.number DESC
    )
    SELECT p.*, lv.id AS "latestVersionId", an.start AS "anchorStart", an."end" AS "anchorEnd"
    FROM page p
    LEFT JOIN lv ON lv."documentId" = p."documentId"
    -- LATERAL with LIMIT 1: one lookup in the (annotationId, versionId) index a claim. As a plain
    -- join PostgreSQL hashed every anchor of the database for each page (50,000 rows, ~40 ms a page).
    LEFT JOIN LATERAL (
      SELECT an.start, an."end" FROM "AnnotationAnchor" an
      WHERE an."annotationId" = p."annotationId" AND an."versionId" = lv.id LIMIT 1
    ) an ON true
    ORDER BY p.id`;
  const { rows } = await pool.query<ClaimRow>({ ...named(query.text), values: query.values, rowMode: 'array' });
  if (rows.length === 0) return [];
  const claimIds = rows.map((row) => row[ID]);
  const annotationIds = rows.map((row) => row[ANNOTATION_ID]);
  const personIds = new Set<string>();
  for (const row of rows) for (const index of PERSON_IDS) if (row[index]) personIds.add(row[index]);
  // This page's people and documents: those known already, then those read for it.
  const pagePeople = new Map<string, PersonRow>();
  const pageDocuments = new Map<string, DocumentRow>();
  const missingPeople = [...personIds].filter((id) => !copyKnown(known.people, id, pagePeople));
  const missingDocuments = [...new Set(rows.map((row) => row[DOCUMENT_ID]))].filter((id) => !copyKnown(known.documents, id, pageDocuments));
  const [people, documents, evidence, tags, comments] = await Promise.all([
    missingPeople.length > 0 ? pool.query<PersonRow>({ ...PEOPLE, values: [missingPeople] }) : null,
    missingDocuments.length > 0 ? pool.query<DocumentRow>({ ...DOCUMENTS, values: [missingDocuments] }) : null,
    readEvidence(claimIds),
    pool.query<TagRow & { annotationId: string }>({ ...TAGS, values: [annotationIds] }),
    withDiscussion ? readComments(annotationIds) : null,
  ]);
  for (const person of people?.rows ?? []) remember(known.people, person.id, person, pagePeople);
  for (const document of documents?.rows ?? []) remember(known.documents, document.id, document, pageDocuments);
  const personOf = (id: string | null) => (id === null ? null : (pagePeople.get(id) ?? null));
  const tagsOf = groupBy(
    tags.rows,
    (row) => row.annotationId,
    ({ id, name, color }) => ({ id, name, color }),
  );
  return rows.map((row): LoadedClaim => {
    const [
      id,
      statement,
      status,
      verdict,
      rationale,
      figureKind,
      figureValue,
      figureUnit,
      figureCurrency,
      figureQualifier,
      figureDates,
      verdictWords,
      verdictWordsVersion,
      wordsChangedAt,
      proposedAt,
      reviewedAt,
      createdAt,
      updatedAt,
      assigneeId,
      proposedById,
      reviewedById,
      annotationId,
      documentId,
      kind,
      exact,
      prefix,
      suffix,
      annotationCreatedAt,
      annotationUpdatedAt,
      authorId,
      latestVersionId,
      anchorStart,
      anchorEnd,
    ] = row;
    return {
      id,
      statement,
      status,
      verdict,
      rationale,
      figureKind,
      figureValue,
      figureUnit,
      figureCurrency,
      figureQualifier,
      figureDates,
      verdictWords,
      verdictWordsVersion,
      wordsChangedAt,
      proposedAt,
      reviewedAt,
      createdAt,
      updatedAt,
      assignee: personOf(assigneeId),
      proposedBy: personOf(proposedById),
      reviewedBy: personOf(reviewedById),
      evidence: evidence.get(id) ?? [],
      annotation: {
        id: annotationId,
        documentId,
        kind,
        exact,
        prefix,
        suffix,
        createdAt: annotationCreatedAt,
        updatedAt: annotationUpdatedAt,
        author: personOf(authorId),
        latestAnchor: latestVersionId === null ? null : { versionId: latestVersionId, start: anchorStart, end: anchorEnd },
        tags: tagsOf.get(annotationId) ?? [],
        comments: comments?.get(annotationId) ?? [],
      },
      document: pageDocuments.get(documentId)!,
    };
  });
}

const EVIDENCE = named(
  `SELECT e."claimId", e.kind, e.stance, e.quote, e.title, e."recordPerson", e."recordRole",
       to_char(e."recordDate", 'YYYY-MM-DD') AS "recordDate", e."recordChannel",
       s.id AS "sourceId", s.url AS "sourceUrl", s.title AS "sourceTitle",
       up.id AS "uploadId", up."fileName", up."contentType", up."byteLength", up.sha256
     FROM "Evidence" e
     LEFT JOIN "Source" s ON s.id = e."sourceId"
     LEFT JOIN "EvidenceUpload" up ON up.id = e."uploadId"
     WHERE e."claimId" = ANY($1)
     ORDER BY e."claimId", e."createdAt", e.id`,
);

/** The claims' evidence, each claim's in the order it was added. */
async function readEvidence(claimIds: string[]) {
  type Row = Omit<EvidenceRow, 'source' | 'upload'> & {
    claimId: string;
    sourceUrl: string | null;
    sourceTitle: string | null;
    uploadId: string | null;
    fileName: string;
    contentType: string;
    byteLength: number;
    sha256: string;
  };
  const { rows } = await getDbPool().query<Row>({ ...EVIDENCE, values: [claimIds] });
  return groupBy(
    rows as (Row & { sourceId: string | null })[],
    (row) => row.claimId,
    (row): EvidenceRow => ({
      kind: row.kind,
      stance: row.stance,
      quote: row.quote,
      title: row.title,
      recordPerson: row.recordPerson,
      recordRole: row.recordRole,
      recordDate: row.recordDate,
      recordChannel: row.recordChannel,
      source: row.sourceId === null ? null : { url: row.sourceUrl!, title: row.sourceTitle },
      upload:
        row.uploadId === null
          ? null
          : { fileName: row.fileName, contentType: row.contentType, byteLength: row.byteLength, sha256: row.sha256 },
    }),
  );
}

const COMMENTS = named(
  `SELECT cm."annotationId", cm.id, cm."parentId", cm.body, ${ts('cm."createdAt"')} AS "createdAt", ${ts('cm."updatedAt"')} AS "updatedAt",
       u.id AS "authorId", u.name AS "authorName", u.email AS "authorEmail"
     FROM "Comment" cm LEFT JOIN "User" u ON u.id = cm."authorId"
     WHERE cm."annotationId" = ANY($1) AND cm."deletedAt" IS NULL
     ORDER BY cm."annotationId", cm."createdAt", cm.id`,
);

/** The annotations' live comments with their authors, each discussion in the order it was written. */
async function readComments(annotationIds: string[]) {
  type Row = Omit<CommentRow, 'author'> & { annotationId: string; authorId: string | null; authorName: string | null; authorEmail: string };
  const { rows } = await getDbPool().query<Row>({ ...COMMENTS, values: [annotationIds] });
  return groupBy(
    rows,
    (row) => row.annotationId,
    (row): CommentRow => ({
      id: row.id,
      parentId: row.parentId,
      body: row.body,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      author: row.authorId === null ? null : { id: row.authorId, name: row.authorName, email: row.authorEmail },
    }),
  );
}

function groupBy<Row, Item>(rows: Row[], keyOf: (row: Row) => string, itemOf: (row: Row) => Item) {
  const groups = new Map<string, Item[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(itemOf(row));
    else groups.set(key, [itemOf(row)]);
  }
  return groups;
}
