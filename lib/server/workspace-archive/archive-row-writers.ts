import 'server-only';
import { createHash } from 'node:crypto';
import type { TRecordType } from '@/lib/archive/format';
import { ArchiveError } from '@/lib/archive/read-archive';
import type { TArchiveRow } from '@/lib/archive/records';
import type { DbTransaction } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { ArchiveIds } from './archive-ids';

/** What every row's conversion needs: the id map, the new workspace, and parents to set once all rows exist. */
export type WriteContext = {
  ids: ArchiveIds;
  workspaceId: string;
  /** [new id, old parent id]: tags and comments may name a parent written after them */
  parents: { Tag: [string, string][]; Comment: [string, string][] };
};

/** The record types written in batches (users and the workspace itself are written one by one). */
export type BatchType = Exclude<TRecordType, 'user' | 'workspace'>;
type Writer<T extends BatchType> = {
  convert(row: TArchiveRow<T>, c: WriteContext): unknown;
  insert(tx: DbTransaction, data: never[]): Promise<unknown>;
};
const writer = <T extends BatchType, D>(
  convert: (row: TArchiveRow<T>, c: WriteContext) => D,
  insert: (tx: DbTransaction, data: D[]) => Promise<unknown>,
): Writer<T> => ({ convert, insert });

const json = (value: unknown) => value as Prisma.InputJsonValue;
const jsonN = (value: unknown) => (value === null ? Prisma.DbNull : json(value));

/** An evidence file whose bytes do not match its recorded size and SHA-256 is a damaged archive. */
function checkedBytes({ id, bytes, byteLength, sha256 }: TArchiveRow<'evidenceUpload'>) {
  if (bytes.length !== byteLength || createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new ArchiveError(`The evidence file ${id} in the archive is damaged (its size or SHA-256 does not match).`);
  }
  return new Uint8Array(bytes);
}

/** How each record becomes a row here: new ids, references through the id map. */
export const WRITERS: { [T in BatchType]: Writer<T> } = {
  membership: writer(
    ({ id, userId, ...row }, c) => ({ ...row, id: c.ids.fresh(id), workspaceId: c.workspaceId, userId: c.ids.ref(userId) }),
    (tx, data) => tx.membership.createMany({ data }),
  ),
  publishingProfile: writer(
    ({ ratings, ...row }, c) => ({ ...row, ratings: json(ratings), workspaceId: c.workspaceId }),
    (tx, data) => tx.publishingProfile.createMany({ data }),
  ),
  tag: writer(
    ({ id, parentId, ...row }, c) => {
      const tagId = c.ids.fresh(id);
      if (parentId) c.parents.Tag.push([tagId, parentId]);
      return { ...row, id: tagId, workspaceId: c.workspaceId, parentId: null };
    },
    (tx, data) => tx.tag.createMany({ data }),
  ),
  source: writer(
    ({ id, addedById, ...row }, c) => ({ ...row, id: c.ids.fresh(id), workspaceId: c.workspaceId, addedById: c.ids.refN(addedById) }),
    (tx, data) => tx.source.createMany({ data }),
  ),
  sourceCapture: writer(
    ({ id, sourceId, ...row }, c) => ({ ...row, id: c.ids.fresh(id), sourceId: c.ids.ref(sourceId) }),
    (tx, data) => tx.sourceCapture.createMany({ data }),
  ),
  evidenceUpload: writer(
    (row, c) => ({
      ...row,
      id: c.ids.fresh(row.id),
      bytes: checkedBytes(row),
      workspaceId: c.workspaceId,
      uploadedById: c.ids.refN(row.uploadedById),
    }),
    (tx, data) => tx.evidenceUpload.createMany({ data }),
  ),
  publishedFactCheck: writer(
    ({ id, importedById, ...row }, c) => ({
      ...row,
      id: c.ids.fresh(id),
      workspaceId: c.workspaceId,
      importedById: c.ids.refN(importedById),
    }),
    (tx, data) => tx.publishedFactCheck.createMany({ data }),
  ),
  document: writer(
    ({ id, createdById, ...row }, c) => ({ ...row, id: c.ids.fresh(id), workspaceId: c.workspaceId, createdById: c.ids.refN(createdById) }),
    (tx, data) => tx.document.createMany({ data }),
  ),
  documentVersion: writer(
    ({ id, documentId, createdById, content, ...row }, c) => ({
      ...row,
      id: c.ids.fresh(id),
      documentId: c.ids.ref(documentId),
      createdById: c.ids.refN(createdById),
      content: json(content),
    }),
    (tx, data) => tx.documentVersion.createMany({ data }),
  ),
  documentSource: writer(
    (row, c) => ({ ...row, documentId: c.ids.ref(row.documentId), sourceId: c.ids.ref(row.sourceId) }),
    (tx, data) => tx.documentSource.createMany({ data }),
  ),
  suggestionDismissal: writer(
    (row, c) => ({ ...row, documentId: c.ids.ref(row.documentId), dismissedById: c.ids.loose(row.dismissedById) }),
    (tx, data) => tx.suggestionDismissal.createMany({ data }),
  ),
  annotation: writer(
    ({ id, ...row }, c) => ({
      ...row,
      id: c.ids.fresh(id),
      workspaceId: c.workspaceId,
      documentId: c.ids.ref(row.documentId),
      versionId: c.ids.ref(row.versionId),
      authorId: c.ids.refN(row.authorId),
      sourceId: c.ids.refN(row.sourceId),
    }),
    (tx, data) => tx.annotation.createMany({ data }),
  ),
  annotationAnchor: writer(
    ({ id, ...row }, c) => ({
      ...row,
      id: c.ids.fresh(id),
      annotationId: c.ids.ref(row.annotationId),
      versionId: c.ids.ref(row.versionId),
      reattachedById: c.ids.refN(row.reattachedById),
    }),
    (tx, data) => tx.annotationAnchor.createMany({ data }),
  ),
  annotationTag: writer(
    (row, c) => ({ ...row, annotationId: c.ids.ref(row.annotationId), tagId: c.ids.ref(row.tagId) }),
    (tx, data) => tx.annotationTag.createMany({ data }),
  ),
  claim: writer(
    ({ id, ...row }, c) => ({
      ...row,
      id: c.ids.fresh(id),
      workspaceId: c.workspaceId,
      annotationId: c.ids.ref(row.annotationId),
      assigneeId: c.ids.refN(row.assigneeId),
      proposedById: c.ids.refN(row.proposedById),
      reviewedById: c.ids.refN(row.reviewedById),
      requestedReviewerId: c.ids.refN(row.requestedReviewerId),
      sentBackToId: c.ids.refN(row.sentBackToId),
      groupId: c.ids.group(row.groupId),
    }),
    (tx, data) => tx.claim.createMany({ data }),
  ),
  evidence: writer(
    ({ id, ...row }, c) => ({
      ...row,
      id: c.ids.fresh(id),
      claimId: c.ids.ref(row.claimId),
      sourceId: c.ids.refN(row.sourceId),
      uploadId: c.ids.refN(row.uploadId),
      captureId: c.ids.refN(row.captureId),
      addedById: c.ids.refN(row.addedById),
    }),
    (tx, data) => tx.evidence.createMany({ data }),
  ),
  comment: writer(
    ({ id, parentId, ...row }, c) => {
      const commentId = c.ids.fresh(id);
      if (parentId) c.parents.Comment.push([commentId, parentId]);
      return {
        ...row,
        id: commentId,
        parentId: null,
        annotationId: c.ids.ref(row.annotationId),
        authorId: c.ids.refN(row.authorId),
        body: c.ids.mentions(row.body),
      };
    },
    (tx, data) => tx.comment.createMany({ data }),
  ),
  commentMention: writer(
    (row, c) => ({ commentId: c.ids.ref(row.commentId), userId: c.ids.ref(row.userId) }),
    (tx, data) => tx.commentMention.createMany({ data }),
  ),
  notification: writer(
    ({ id, ...row }, c) => ({
      ...row,
      id: c.ids.fresh(id),
      workspaceId: c.workspaceId,
      userId: c.ids.ref(row.userId),
      actorId: c.ids.refN(row.actorId),
      documentId: c.ids.loose(row.documentId),
      annotationId: c.ids.loose(row.annotationId),
      claimId: c.ids.loose(row.claimId),
      commentId: c.ids.loose(row.commentId),
      sourceId: c.ids.loose(row.sourceId),
    }),
    (tx, data) => tx.notification.createMany({ data }),
  ),
  activity: writer(
    (row, c) => ({
      ...row,
      workspaceId: c.workspaceId,
      actorId: c.ids.refN(row.actorId),
      entityId: c.ids.loose(row.entityId),
      documentId: c.ids.refN(row.documentId),
      claimId: c.ids.refN(row.claimId),
      visibleToId: c.ids.refN(row.visibleToId),
      before: jsonN(c.ids.json(row.before)),
      after: jsonN(c.ids.json(row.after)),
    }),
    (tx, data) => tx.activity.createMany({ data }),
  ),
};
