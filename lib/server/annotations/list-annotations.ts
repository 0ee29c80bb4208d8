import 'server-only';
import { wordsAt } from '@/lib/annotations/words-at';
import { getDb } from '@/lib/db';
import { visibleAnnotations } from './visible-annotations';

/**
 * The annotations the caller may see on one version, in document order: shared ones, and their
 * own private notes. Each carries its place in that version (null start/end when orphaned), its
 * words there (`exact`; an orphan keeps the words it was marked on) and, for claims and
 * figures, where its Claim stands; a citation made from an imported link, the Source it cites.
 */
export async function listAnnotations({
  userId,
  workspaceId,
  documentId,
  versionId,
}: {
  userId: string;
  workspaceId: string;
  documentId: string;
  versionId: string;
}) {
  const [anchors, version] = await Promise.all([
    getDb().annotationAnchor.findMany({
      where: {
        versionId,
        annotation: {
          documentId,
          workspaceId,
          workspace: { memberships: { some: { userId } } },
          ...visibleAnnotations(userId),
        },
      },
      orderBy: [{ start: 'asc' }, { end: 'desc' }],
      select: {
        start: true,
        end: true,
        state: true,
        annotation: {
          select: {
            id: true,
            version: true,
            kind: true,
            visibility: true,
            exact: true,
            createdAt: true,
            author: { select: { id: true, name: true, email: true } },
            tags: { select: { tag: { select: { id: true, name: true, color: true } } } },
            claim: { select: { id: true, status: true, verdict: true } },
            source: { select: { id: true, url: true, domain: true } },
          },
        },
      },
    }),
    getDb().documentVersion.findFirst({ where: { id: versionId, documentId }, select: { plainText: true } }),
  ]);
  const text = version?.plainText ?? '';
  return anchors.map(({ annotation, ...place }) => ({
    ...annotation,
    exact: wordsAt(text, place) ?? annotation.exact,
    tags: annotation.tags.map(({ tag }) => tag),
    ...place,
  }));
}
