import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { notify } from '@/lib/server/notifications/notify';

const shorten = (text: string, length = 80) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

/**
 * A source just became changed or gone: the assignee and the proposer of every claim relying
 * on it hear of it, once per claim (the caller calls this only when the status changes).
 */
export async function notifySourceStatus(
  tx: DbTransaction,
  {
    source,
    status,
    error,
  }: {
    source: { id: string; workspaceId: string; domain: string; title: string | null };
    status: 'changed' | 'gone';
    error: string | null;
  },
) {
  const evidence = await tx.evidence.findMany({
    where: { sourceId: source.id },
    select: {
      quote: true,
      quoteStart: true,
      captureId: true,
      claim: {
        select: {
          id: true,
          statement: true,
          assigneeId: true,
          proposedById: true,
          annotationId: true,
          annotation: { select: { documentId: true } },
        },
      },
    },
  });
  const name = source.title ? `“${shorten(source.title, 60)}” (${source.domain})` : source.domain;
  for (const { claim, quote, quoteStart, captureId } of evidence) {
    const quoteLost = status === 'changed' && quote && captureId && quoteStart === null;
    const what =
      status === 'gone'
        ? `is gone${error ? ` (${error.replace(/\.$/, '')})` : ''}`
        : quoteLost
          ? 'changed, and the quoted passage is no longer on it'
          : 'changed';
    await notify(tx, [claim.assigneeId, claim.proposedById], {
      workspaceId: source.workspaceId,
      actorId: null,
      kind: status === 'gone' ? 'source_gone' : 'source_changed',
      message: `A source of “${shorten(claim.statement)}” ${what}: ${name}.`,
      claimId: claim.id,
      annotationId: claim.annotationId,
      documentId: claim.annotation.documentId,
      sourceId: source.id,
    });
  }
  return evidence.length;
}
