import 'server-only';
import { getDb } from '@/lib/db';
import type { LinkStatus } from '@/lib/generated/prisma/enums';
import { notFound } from '@/lib/errors';
import { decideLinkOutcome } from '@/lib/sources/link-outcome';
import { anchorEvidenceQuotes } from './anchor-evidence-quotes';
import { capturePage, type PageCapture } from './capture-page';
import { linkCheckConfig } from './link-check-config';
import { enqueueSourceEvent } from '@/lib/server/webhooks/workspace-events';
import { notifySourceStatus } from './notify-source-status';
import { describeCheck } from './describe-check';
import type { CaptureTrigger, SourceCheckResult } from './source-check-result';

export type CheckMode = { trigger: 'schedule' | 'manual'; /** keep a capture whatever it shows; acknowledges a change */ capture: boolean };

/**
 * Looks at one source's page now and records what it found: the link status, a capture when
 * something changed (or when asked), the evidence quotes placed in it, notifications when the
 * source became changed or gone, and when to look again. The page is fetched outside any
 * transaction; the record is written under the source's row lock.
 */
export async function checkSource(sourceId: string, mode: CheckMode): Promise<SourceCheckResult> {
  const source = await getDb().source.findUnique({ where: { id: sourceId }, select: { url: true } });
  if (!source) throw notFound('This source');
  const page = await capturePage(source.url);
  return recordCheck(sourceId, page, mode);
}

async function recordCheck(sourceId: string, page: PageCapture, mode: CheckMode): Promise<SourceCheckResult> {
  const { intervalMs } = linkCheckConfig();
  return getDb().$transaction(
    async (tx) => {
      const [locked] = await tx.$queryRaw<{ linkStatus: LinkStatus }[]>`
        SELECT "linkStatus" FROM "Source" WHERE id = ${sourceId} FOR NO KEY UPDATE`;
      if (!locked) throw notFound('This source');
      const source = await tx.source.findUniqueOrThrow({
        where: { id: sourceId },
        select: { id: true, workspaceId: true, url: true, domain: true, title: true, _count: { select: { captures: true } } },
      });
      const lastGood = await tx.sourceCapture.findFirst({
        where: { sourceId, error: null },
        orderBy: [{ capturedAt: 'desc' }, { id: 'desc' }],
        select: { text: true, sha256: true },
      });
      const previousStatus = locked.linkStatus;
      const outcome = decideLinkOutcome({
        sourceUrl: source.url,
        previousStatus,
        lastContent: lastGood ? (lastGood.text ?? lastGood.sha256) : null,
        look: page.error ? { ok: false } : { ok: true, finalUrl: page.finalUrl, content: page.text ?? page.sha256 ?? '' },
        acknowledge: mode.capture,
        forceCapture: mode.capture,
      });

      let captureId: string | null = null;
      if (outcome.keepCapture) {
        const trigger: CaptureTrigger = mode.trigger === 'manual' ? 'manual' : source._count.captures === 0 ? 'added' : 'schedule';
        const capture = await tx.sourceCapture.create({ data: { sourceId, trigger, ...page }, select: { id: true } });
        captureId = capture.id;
        if (page.text !== null && !page.error) await anchorEvidenceQuotes(tx, { sourceId, capture: { id: capture.id, text: page.text } });
      }

      const now = new Date();
      const statusChanged = outcome.status !== previousStatus;
      await tx.source.update({
        where: { id: sourceId },
        data: {
          linkStatus: outcome.status,
          lastCheckedAt: now,
          ...(statusChanged ? { statusChangedAt: now } : {}),
          lastError: page.error,
          nextCheckAt: new Date(now.getTime() + intervalMs),
          ...(!source.title && page.title ? { title: page.title.slice(0, 500) } : {}),
          version: { increment: 1 },
        },
      });
      if (statusChanged && (outcome.status === 'changed' || outcome.status === 'gone')) {
        await notifySourceStatus(tx, { source, status: outcome.status, error: page.error });
        await enqueueSourceEvent(tx, { source, status: outcome.status, error: page.error });
      }
      return {
        sourceId,
        status: outcome.status,
        previousStatus,
        captureId,
        error: page.error,
        message: describeCheck({
          status: outcome.status,
          previousStatus,
          contentChanged: outcome.contentChanged,
          kept: captureId !== null,
          page,
        }),
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
