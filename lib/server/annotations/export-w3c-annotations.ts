import 'server-only';
import { describe } from '@/lib/anchoring';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';
import { toW3cAnnotation, toW3cCollection, type TW3cAnnotationInput } from '@/lib/export/w3c';
import { codePointIndex } from '@/lib/export/w3c-code-points';
import { w3cPerson } from '@/lib/export/w3c-stream';
import { visibleAnnotations } from './visible-annotations';

/**
 * A document's annotations as one W3C AnnotationCollection: those the caller may see (shared
 * ones and their own private notes), each where it sits in the latest version (selectors
 * described afresh from its anchor there; an orphan keeps the quote it was made with and has no
 * position), with its tags, comments and claim. `collectionId` is the address it was asked at.
 */
export async function exportW3cAnnotations({
  userId,
  workspaceId,
  documentId,
  baseUrl,
  collectionId,
}: {
  userId: string;
  workspaceId: string;
  documentId: string;
  baseUrl: string;
  collectionId: string;
}) {
  const document = await getDb().document.findFirst({
    where: { id: documentId, workspaceId, workspace: { memberships: { some: { userId } } } },
    select: {
      title: true,
      originUrl: true,
      workspace: { select: { slug: true } },
      versions: { orderBy: { number: 'desc' }, take: 1, select: { id: true, plainText: true } },
    },
  });
  const version = document?.versions[0];
  if (!document || !version) throw notFound('This document');
  const annotations = await getDb().annotation.findMany({
    where: { documentId, workspaceId, ...visibleAnnotations(userId), anchors: { some: { versionId: version.id } } },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      kind: true,
      visibility: true,
      exact: true,
      prefix: true,
      suffix: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { name: true, email: true } },
      importedCreator: true,
      source: { select: { url: true } },
      anchors: { where: { versionId: version.id }, select: { start: true, end: true } },
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: 'asc' } } },
      comments: {
        where: { deletedAt: null },
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          body: true,
          parentId: true,
          createdAt: true,
          importedCreator: true,
          author: { select: { name: true, email: true } },
        },
      },
      claim: {
        select: {
          statement: true,
          status: true,
          verdict: true,
          rationale: true,
          figureValue: true,
          figureUnit: true,
          figureCurrency: true,
        },
      },
    },
  });
  const codePoints = codePointIndex(version.plainText);
  const items = annotations.map((annotation) => {
    const place = annotation.anchors[0];
    const placed = place && place.start !== null && place.end !== null && place.start < place.end && place.end <= version.plainText.length;
    const [quote, position] = placed ? describe(version.plainText, place.start!, place.end!) : [annotation, null];
    const { claim } = annotation;
    const input: TW3cAnnotationInput = {
      id: annotation.id,
      workspaceSlug: document.workspace.slug,
      documentId,
      originUrl: document.originUrl,
      kind: annotation.kind,
      visibility: annotation.visibility,
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: position && { start: codePoints.toCodePoints(position.start), end: codePoints.toCodePoints(position.end) },
      createdAt: annotation.createdAt,
      updatedAt: annotation.updatedAt,
      author: annotation.importedCreator ? { name: annotation.importedCreator } : w3cPerson(annotation.author),
      tags: annotation.tags.map(({ tag }) => tag.name),
      citedUrl: annotation.source?.url ?? null,
      comments: annotation.comments.map(({ importedCreator, ...comment }) => ({
        ...comment,
        author: importedCreator ? { name: importedCreator } : w3cPerson(comment.author),
      })),
      claim: claim && { ...claim, figureValue: claim.figureValue?.toString() ?? null },
    };
    return toW3cAnnotation(input, { baseUrl });
  });
  return toW3cCollection(items, { id: collectionId, label: `Annotations of “${document.title}”` });
}
