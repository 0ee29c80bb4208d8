import 'server-only';
import { describe } from '@/lib/anchoring';
import { getDb } from '@/lib/db';
import type { AnnotationKind, AnnotationVisibility } from '@/lib/generated/prisma/enums';
import { AppError, notFound, staleError } from '@/lib/errors';
import { recordActivity } from '../activity/record-activity';
import { hasClaim, initialClaimFields } from '../claims/claim-fields';

/**
 * Annotates [start, end) of a document's latest version: stores both W3C selectors (describe),
 * its anchor in that version, its tags (of the same workspace only), for a claim or a figure
 * the Claim the team works through, and an Activity entry.
 */
export async function createAnnotation({
  workspaceId,
  userId,
  documentId,
  versionId,
  start,
  end,
  kind,
  visibility,
  tagIds,
}: {
  workspaceId: string;
  userId: string;
  documentId: string;
  versionId: string;
  start: number;
  end: number;
  kind: AnnotationKind;
  visibility: AnnotationVisibility;
  tagIds: string[];
}) {
  return getDb().$transaction(async (tx) => {
    const version = await tx.documentVersion.findFirst({
      where: { id: versionId, documentId, document: { workspaceId } },
      select: {
        plainText: true,
        number: true,
        document: { select: { versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true } } } },
      },
    });
    if (!version) throw notFound('This document version');
    if (version.document.versions[0]?.id !== versionId) {
      throw staleError('A newer version of this document exists. Reload to annotate it.');
    }
    if (end > version.plainText.length) throw new AppError('invalid', 'The selection is outside the text.');
    if (!version.plainText.slice(start, end).trim()) throw new AppError('invalid', 'Select some words, not only spaces.');
    const tags = tagIds.length ? await tx.tag.findMany({ where: { id: { in: tagIds }, workspaceId }, select: { id: true } }) : [];
    if (tags.length !== new Set(tagIds).size) throw notFound('One of these tags');

    const [quote] = describe(version.plainText, start, end);
    // Row by row rather than one nested create: Prisma reads a nested create back after writing it,
    // one more round trip per annotation, for what the inserts' RETURNING already gives.
    const created = await tx.annotation.create({
      data: {
        workspaceId,
        documentId,
        versionId,
        kind,
        visibility,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        start,
        end,
        authorId: userId,
      },
      select: { id: true, kind: true, exact: true },
    });
    await tx.annotationAnchor.create({
      data: { annotationId: created.id, versionId, start, end, state: 'anchored' },
      select: { id: true },
    });
    if (tags.length) await tx.annotationTag.createMany({ data: tags.map((tag) => ({ annotationId: created.id, tagId: tag.id })) });
    const claim = hasClaim(kind)
      ? await tx.claim.create({
          data: { workspaceId, annotationId: created.id, ...initialClaimFields(kind, quote.exact) },
          select: { id: true },
        })
      : null;
    const annotation = { ...created, claim };
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: 'annotation.created',
      annotation: { visibility, authorId: userId },
      entityType: 'Annotation',
      entityId: annotation.id,
      documentId,
      claimId: annotation.claim?.id ?? null,
      after: { kind, visibility, exact: quote.exact, start, end, version: version.number },
    });
    return annotation;
  });
}
