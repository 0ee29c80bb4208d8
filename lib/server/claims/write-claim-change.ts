import 'server-only';
import type { DbTransaction } from '@/lib/db';
import type { WebhookEventType } from '@/lib/webhooks/events';
import { displayName } from '@/lib/users/display-name';
import { recordActivity } from '../activity/record-activity';
import { notify } from '../notifications/notify';
import { enqueueClaimEvent } from '../webhooks/workspace-events';
import type { ClaimChange } from './change-claim';
import type { LockedClaim } from './lock-claim';

/** The workflow steps webhooks hear of (docs/GUIDE.md, "Webhooks"), and what they say about each. */
const WEBHOOK_EVENTS_OF = {
  'claim.propose': { type: 'claim.proposed' },
  'claim.accept': { type: 'claim.reviewed', extra: { review: 'accepted' } },
  'claim.send_back': { type: 'claim.reviewed', extra: { review: 'sent_back' } },
  'claim.confirm_words': { type: 'claim.reviewed', extra: { review: 'words_confirmed' } },
  'claim.reopen': { type: 'claim.reopened' },
} as const satisfies Partial<Record<ClaimChange['activity']['action'], { type: WebhookEventType; extra?: Record<string, string> }>>;

/** Who makes the change, as notices name them. */
export type ClaimActor = { name: string | null; email: string };

/**
 * Writes changes decided on a claim locked in this transaction: their fields in one update with
 * the next version, each one's Activity entry in order, then their notices. Returns the claim as
 * it now is.
 */
export async function writeClaimChange(
  tx: DbTransaction,
  claim: LockedClaim,
  { workspaceId, userId, actor: known }: { workspaceId: string; userId: string; actor?: ClaimActor },
  changes: ClaimChange[],
) {
  const updated = await tx.claim.update({
    where: { id: claim.id },
    data: { ...Object.assign({}, ...changes.map((change) => change.data)), version: { increment: 1 } },
    select: { id: true, version: true, status: true, verdict: true },
  });
  const documentId = claim.annotation.documentId;
  for (const { activity } of changes) {
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      entityType: 'Claim',
      entityId: claim.id,
      documentId,
      claimId: claim.id,
      ...activity,
    });
  }
  for (const { activity } of changes) {
    const event = WEBHOOK_EVENTS_OF[activity.action as keyof typeof WEBHOOK_EVENTS_OF];
    if (event)
      await enqueueClaimEvent(tx, { workspaceId, claimId: claim.id, type: event.type, extra: 'extra' in event ? event.extra : {} });
  }
  const notices = changes.flatMap((change) => change.notices ?? []);
  if (notices.length) {
    const actor = known ?? (await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } }));
    for (const notice of notices) {
      await notify(tx, notice.recipients, {
        workspaceId,
        actorId: userId,
        kind: notice.kind,
        message: notice.message(displayName(actor)),
        documentId,
        annotationId: claim.annotation.id,
        claimId: claim.id,
      });
    }
  }
  return updated;
}
