import 'server-only';
import { getDb } from '@/lib/db';
import { notFound } from '@/lib/errors';

type Scope = { userId: string; workspaceId: string; sourceId: string };

const inWorkspace = ({ userId, workspaceId, sourceId }: Scope) => ({
  id: sourceId,
  workspaceId,
  workspace: { memberships: { some: { userId } } },
});

/**
 * One capture of a source of the workspace, with its text, for the reader view; and, when asked
 * for, a piece of evidence on that source with where its quote sits (in this capture or another).
 * Another workspace's source or capture, or a non-member: not found.
 */
export async function getSourceCapture(scope: Scope & { captureId: string; evidenceId?: string }) {
  const db = getDb();
  const capture = await db.sourceCapture.findFirst({
    where: { id: scope.captureId, source: inWorkspace(scope) },
    include: { source: { select: { id: true, url: true, domain: true, title: true, linkStatus: true } } },
  });
  if (!capture) throw notFound('This capture');
  const [previous, evidence] = await Promise.all([
    db.sourceCapture.findFirst({
      where: {
        sourceId: capture.sourceId,
        text: { not: null },
        OR: [{ capturedAt: { lt: capture.capturedAt } }, { capturedAt: capture.capturedAt, id: { lt: capture.id } }],
      },
      orderBy: [{ capturedAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    }),
    scope.evidenceId
      ? db.evidence.findFirst({
          where: { id: scope.evidenceId, sourceId: capture.sourceId },
          select: { id: true, quote: true, captureId: true, quoteStart: true, quoteEnd: true, capture: { select: { capturedAt: true } } },
        })
      : null,
  ]);
  return { ...capture, previousId: previous?.id ?? null, evidence };
}

export type SourceCaptureDetails = Awaited<ReturnType<typeof getSourceCapture>>;
