import 'server-only';
import type { DbTransaction } from '@/lib/db';
import type { TRecordType } from '@/lib/archive/format';

const PAGE = 500;
/** Evidence files are up to 20 MB each: a few at a time. */
const UPLOAD_PAGE = 4;
/** Versions (up to 2 million characters, twice: text and JSON) and captured pages: a few at a time. */
const TEXT_PAGE = 10;

export type ExportRecord = { type: TRecordType; row: object };

/** Yields what `load` returns page after page; `load` is given the last row of the previous page. */
async function* pages<R>(load: (after: R | undefined) => Promise<R[]>, size = PAGE): AsyncGenerator<R> {
  let after: R | undefined;
  for (;;) {
    const rows = await load(after);
    yield* rows;
    if (rows.length < size) return;
    after = rows.at(-1);
  }
}

const byId = { orderBy: { id: 'asc' as const }, take: PAGE };
const afterId = (after: { id: string } | undefined) => (after ? { gt: after.id } : undefined);
/** Pages of a table keyed by `id`: `load` gets the `where.id` that continues after the last page. */
const idPages = <R extends { id: string }>(load: (id: { gt: string } | undefined) => Promise<R[]>, size = PAGE) =>
  pages<R>((after) => load(afterId(after)), size);

/** Pages of a table with a compound key: `load` gets `take`, and past the first page the key to go on after. */
const keyPages = <R, C>(cursorOf: (row: R) => C, load: (page: { take: number; skip?: number; cursor?: C }) => Promise<R[]>) =>
  pages<R>((after) => load(after ? { take: PAGE, skip: 1, cursor: cursorOf(after) } : { take: PAGE }));

/**
 * Everyone the workspace's rows name: its members, and former members or others still named as
 * authors, reviewers, actors or recipients.
 */
function people(tx: DbTransaction, workspaceId: string) {
  const inWorkspace = { some: { workspaceId } };
  const viaAnnotation = { some: { annotation: { workspaceId } } };
  return pages((after: { id: string } | undefined) =>
    tx.user.findMany({
      where: {
        id: afterId(after),
        OR: [
          { memberships: inWorkspace },
          { documents: inWorkspace },
          { versions: { some: { document: { workspaceId } } } },
          { annotations: inWorkspace },
          { reattachedAnchors: viaAnnotation },
          { assignedClaims: inWorkspace },
          { proposedClaims: inWorkspace },
          { reviewedClaims: inWorkspace },
          { reviewRequests: inWorkspace },
          { sentBackClaims: inWorkspace },
          { evidence: { some: { claim: { workspaceId } } } },
          { comments: viaAnnotation },
          { mentions: { some: { comment: { annotation: { workspaceId } } } } },
          { activities: inWorkspace },
          { privateActivities: inWorkspace },
          { sourcesAdded: inWorkspace },
          { evidenceUploads: inWorkspace },
          { notifications: inWorkspace },
          { notificationsSent: inWorkspace },
          { importedFactChecks: inWorkspace },
        ],
      },
      select: { id: true, email: true, name: true, image: true, emailVerified: true },
      ...byId,
    }),
  );
}

/** Every record of the workspace, in the archive's order (lib/archive/format.ts), read page by page. */
export async function* workspaceRecords(tx: DbTransaction, workspaceId: string): AsyncGenerator<ExportRecord> {
  const omit = { workspaceId: true } as const;
  const own = { workspaceId };
  const ofDocument = { document: own };
  const ofAnnotation = { annotation: own };
  const tag = <R extends object>(type: TRecordType, rows: AsyncGenerator<R>) =>
    (async function* () {
      for await (const row of rows) yield { type, row };
    })();

  yield* tag('user', people(tx, workspaceId));
  const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId } });
  yield { type: 'workspace', row: workspace };
  yield* tag(
    'membership',
    idPages((id) => tx.membership.findMany({ where: { ...own, id }, omit, ...byId })),
  );
  const profile = await tx.publishingProfile.findUnique({ where: own, omit });
  if (profile) yield { type: 'publishingProfile', row: profile };
  yield* tag(
    'tag',
    idPages((id) => tx.tag.findMany({ where: { ...own, id }, omit, ...byId })),
  );
  yield* tag(
    'source',
    idPages((id) => tx.source.findMany({ where: { ...own, id }, omit, ...byId })),
  );
  yield* tag(
    'sourceCapture',
    idPages((id) => tx.sourceCapture.findMany({ where: { source: own, id }, orderBy: { id: 'asc' }, take: TEXT_PAGE }), TEXT_PAGE),
  );
  const uploads = idPages(
    (id) =>
      tx.evidenceUpload.findMany({ where: { ...own, id }, omit: { ...omit, bytes: false }, orderBy: { id: 'asc' }, take: UPLOAD_PAGE }),
    UPLOAD_PAGE,
  );
  for await (const upload of uploads)
    yield { type: 'evidenceUpload', row: { ...upload, bytes: Buffer.from(upload.bytes).toString('base64') } };
  yield* tag(
    'publishedFactCheck',
    idPages((id) => tx.publishedFactCheck.findMany({ where: { ...own, id }, omit, ...byId })),
  );
  yield* tag(
    'document',
    idPages((id) => tx.document.findMany({ where: { ...own, id }, omit, ...byId })),
  );
  yield* tag(
    'documentVersion',
    idPages((id) => tx.documentVersion.findMany({ where: { ...ofDocument, id }, orderBy: { id: 'asc' }, take: TEXT_PAGE }), TEXT_PAGE),
  );
  yield* tag(
    'documentSource',
    keyPages(
      ({ documentId, sourceId }: { documentId: string; sourceId: string }) => ({ documentId_sourceId: { documentId, sourceId } }),
      (page) => tx.documentSource.findMany({ where: ofDocument, orderBy: [{ documentId: 'asc' }, { sourceId: 'asc' }], ...page }),
    ),
  );
  yield* tag(
    'suggestionDismissal',
    keyPages(
      ({ documentId, kind, exact }: { documentId: string; kind: string; exact: string }) => ({
        documentId_kind_exact: { documentId, kind, exact },
      }),
      (page) =>
        tx.suggestionDismissal.findMany({
          where: ofDocument,
          orderBy: [{ documentId: 'asc' }, { kind: 'asc' }, { exact: 'asc' }],
          ...page,
        }),
    ),
  );
  yield* tag(
    'annotation',
    idPages((id) => tx.annotation.findMany({ where: { ...own, id }, omit, ...byId })),
  );
  yield* tag(
    'annotationAnchor',
    idPages((id) => tx.annotationAnchor.findMany({ where: { ...ofAnnotation, id }, ...byId })),
  );
  yield* tag(
    'annotationTag',
    keyPages(
      ({ annotationId, tagId }: { annotationId: string; tagId: string }) => ({ annotationId_tagId: { annotationId, tagId } }),
      (page) => tx.annotationTag.findMany({ where: ofAnnotation, orderBy: [{ annotationId: 'asc' }, { tagId: 'asc' }], ...page }),
    ),
  );
  yield* tag(
    'claim',
    idPages((id) => tx.claim.findMany({ where: { ...own, id }, omit, ...byId })),
  );
  yield* tag(
    'evidence',
    idPages((id) => tx.evidence.findMany({ where: { claim: own, id }, ...byId })),
  );
  yield* tag(
    'comment',
    idPages((id) => tx.comment.findMany({ where: { ...ofAnnotation, id }, ...byId })),
  );
  yield* tag(
    'commentMention',
    keyPages(
      ({ commentId, userId }: { commentId: string; userId: string }) => ({ commentId_userId: { commentId, userId } }),
      (page) =>
        tx.commentMention.findMany({ where: { comment: ofAnnotation }, orderBy: [{ commentId: 'asc' }, { userId: 'asc' }], ...page }),
    ),
  );
  yield* tag(
    'notification',
    idPages((id) => tx.notification.findMany({ where: { ...own, id }, omit, ...byId })),
  );
  // The audit trail in its own order; ids are the target's sequence's.
  const activity = pages((a: { id: bigint } | undefined) =>
    tx.activity.findMany({ where: { ...own, id: a ? { gt: a.id } : undefined }, omit, orderBy: { id: 'asc' }, take: PAGE }),
  );
  for await (const entry of activity) yield { type: 'activity', row: { ...entry, id: undefined } };
}
