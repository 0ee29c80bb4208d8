import 'server-only';
import { setImmediate } from 'node:timers/promises';
import { getDb, type DbTransaction } from '@/lib/db';
import { insertRows } from '@/lib/server/bulk-insert';
import { newId } from '@/lib/server/new-id';
import { notFound, staleError } from '@/lib/errors';
import type { TParsedW3cComment } from '@/lib/export/w3c-parse';
import type { TW3cPlanned } from '@/lib/export/w3c-plan';
import { planW3cImport } from '@/lib/server/work/heavy-jobs';
import { recordActivities, type ActivityEntry } from '../activity/record-activity';
import { hasClaim, initialClaimFields } from '../claims/claim-fields';
import { resolveImportedTags } from './import-w3c-tags';
import { mentionsToText } from '@/lib/comments/mentions';

export const MAX_W3C_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_W3C_IMPORT_ANNOTATIONS = 10_000;
const MAX_STATEMENT = 2000;
/**
 * Rows per multi-row insert. The rows go to PostgreSQL as JSON (lib/server/bulk-insert.ts), not
 * through Prisma's createMany, whose compiling held the request thread in time with the rows; the
 * thread is still handed back between chunks, so other members' requests are served while a big
 * import is written (bench:hostile).
 */
const CHUNK = 100;
/** A claim row names every figure column, so that all rows of an insert name the same ones. */
const NO_FIGURE = {
  figureKind: null,
  figureValue: null,
  figureUnit: null,
  figureCurrency: null,
  figureQualifier: null,
  figureDates: [] as string[],
};

export type W3cImportSummary = { placed: number; orphaned: number; skipped: { index: number; reason: string }[] };

/** Margin's mention tokens name users of the exporting workspace: keep the name, drop the link. */

/**
 * Imports W3C Web Annotations into a document's latest version: each is parsed and anchored in a
 * worker thread (lib/export/w3c-plan.ts); placed ones are stored like createAnnotation's (selectors
 * of the new place, an anchored row, a Claim for claims and figures, tags matched by name or
 * created, comments, Activity); unplaceable ones are stored as orphans for a person to
 * re-attach. Imported claims start unchecked (a verdict needs this desk's evidence and review);
 * their statement is kept. What the file says of who made each annotation and comment, and when,
 * is kept (the author as text: they are not this desk's members); a private one stays private to
 * the person importing it (a private claim becomes a private note: claims are the team's). One
 * transaction: all or nothing.
 */
export async function importW3cAnnotations({
  workspaceId,
  userId,
  documentId,
  json,
  signal,
}: {
  workspaceId: string;
  userId: string;
  documentId: string;
  json: unknown;
  /** The request's: placing stops when the person gives up. */
  signal?: AbortSignal;
}): Promise<W3cImportSummary> {
  const document = await getDb().document.findFirst({
    where: { id: documentId, workspaceId },
    select: { versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, number: true, plainText: true } } },
  });
  const version = document?.versions[0];
  if (!version) throw notFound('This document');
  const { planned, skipped } = await planW3cImport(
    { text: version.plainText, json, maxAnnotations: MAX_W3C_IMPORT_ANNOTATIONS },
    { signal },
  );

  return getDb().$transaction(
    async (tx) => {
      const latest = await tx.documentVersion.findFirst({ where: { documentId }, orderBy: { number: 'desc' }, select: { id: true } });
      if (latest?.id !== version.id) throw staleError('A newer version of this document was saved meanwhile. Import again.');
      const tagIds = await resolveImportedTags(tx, { workspaceId, userId, names: planned.flatMap(({ parsed }) => parsed.tags) });
      for (let at = 0; at < planned.length; at += CHUNK) {
        await writeChunk(tx, planned.slice(at, at + CHUNK), { workspaceId, userId, documentId, version, tagIds });
        await setImmediate();
      }
      const placed = planned.filter(({ place }) => place).length;
      return { placed, orphaned: planned.length - placed, skipped };
    },
    { timeout: 120_000 },
  );
}

type ChunkContext = {
  workspaceId: string;
  userId: string;
  documentId: string;
  version: { id: string; number: number };
  tagIds: Map<string, string>;
};

/** Where an imported annotation goes: a private claim or figure becomes a private note. */
function placeOf(item: TW3cPlanned) {
  const visibility = item.parsed.private ? ('private' as const) : ('shared' as const);
  const kind = item.parsed.private && hasClaim(item.parsed.kind) ? ('note' as const) : item.parsed.kind;
  return { ...item, id: newId(), kind, visibility, claimId: hasClaim(kind) ? newId() : null };
}

/** Comments with their threads: a reply answers the thread opened before it (the first comment opens one anyway). */
function threadComments(annotationId: string, comments: TParsedW3cComment[], userId: string) {
  let root: string | null = null;
  return comments.map((comment) => {
    const id = newId();
    const parentId = comment.reply && root ? root : null;
    if (!parentId) root = id;
    return {
      id,
      annotationId,
      parentId,
      authorId: userId,
      importedCreator: comment.creator,
      body: mentionsToText(comment.body),
      createdAt: comment.created ? new Date(comment.created) : null,
    };
  });
}

async function writeChunk(tx: DbTransaction, chunk: TW3cPlanned[], { workspaceId, userId, documentId, version, tagIds }: ChunkContext) {
  const rows = chunk.map(placeOf);
  const now = new Date();
  await insertRows(
    tx,
    'Annotation',
    rows.map(({ id, parsed, kind, visibility, quote, place }) => ({
      id,
      workspaceId,
      documentId,
      versionId: version.id,
      kind,
      visibility,
      importedCreator: parsed.creator ?? null,
      createdAt: parsed.created ? new Date(parsed.created) : now,
      updatedAt: now,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      // An orphan has no place in the version it was imported into.
      start: place?.start ?? 0,
      end: place?.end ?? 0,
      authorId: userId,
    })),
  );
  await insertRows(
    tx,
    'AnnotationAnchor',
    rows.map(({ id, place }) => ({
      id: newId(),
      annotationId: id,
      versionId: version.id,
      start: place?.start ?? null,
      end: place?.end ?? null,
      state: place ? 'anchored' : 'orphaned',
      updatedAt: now,
    })),
  );
  const tagRows = rows.flatMap(({ id, parsed }) =>
    parsed.tags.flatMap((name) => {
      const tagId = tagIds.get(name);
      return tagId ? [{ annotationId: id, tagId }] : [];
    }),
  );
  await insertRows(tx, 'AnnotationTag', tagRows, { onConflictDoNothing: true });
  const claims = rows.flatMap(({ id, claimId, kind, parsed, quote }) => {
    if (!claimId) return [];
    const fields = { ...NO_FIGURE, ...initialClaimFields(kind, quote.exact) };
    const statement = parsed.claim?.statement?.replace(/\s+/g, ' ').trim().slice(0, MAX_STATEMENT) || fields.statement;
    return [{ ...fields, id: claimId, workspaceId, annotationId: id, statement, updatedAt: now }];
  });
  await insertRows(tx, 'Claim', claims);
  const comments = rows.flatMap(({ id, parsed }) =>
    threadComments(id, parsed.comments, userId).map((comment) => ({ ...comment, createdAt: comment.createdAt ?? now, updatedAt: now })),
  );
  await insertRows(tx, 'Comment', comments);
  const activities: ActivityEntry[] = rows.map(({ id, claimId, kind, visibility, quote, place }) => ({
    workspaceId,
    actorId: userId,
    action: 'annotation.created',
    annotation: { visibility, authorId: userId },
    entityType: 'Annotation',
    entityId: id,
    documentId,
    claimId,
    after: {
      kind,
      visibility,
      exact: quote.exact,
      start: place?.start ?? null,
      end: place?.end ?? null,
      version: version.number,
      imported: 'w3c',
      state: place ? 'anchored' : 'orphaned',
    },
  }));
  await recordActivities(tx, activities);
}
