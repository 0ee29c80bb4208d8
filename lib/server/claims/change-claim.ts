import 'server-only';
import type { ActivityAction } from '@/lib/activity/actions';
import { getDb, type DbTransaction } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { displayName } from '@/lib/users/display-name';
import { recordActivity } from '../activity/record-activity';
import { notify } from '../notifications/notify';
import { lockClaim, type LockedClaim } from './lock-claim';

/** Who changes which claim, from which version of it. */
export type ClaimWrite = { workspaceId: string; userId: string; claimId: string; version: number };

/** Told once the change is written; the message names the actor. */
export type ClaimNotice = { recipients: (string | null)[]; kind: NotificationKind; message: (actorName: string) => string };

/** What a rule makes of the claim: its new fields, the Activity entry, and whom to tell. */
export type ClaimChange = {
  data: Omit<Prisma.ClaimUncheckedUpdateInput, 'id' | 'workspaceId' | 'annotationId' | 'version'>;
  activity: { action: Extract<ActivityAction, `claim.${string}`>; before: Prisma.InputJsonObject; after: Prisma.InputJsonObject };
  notices?: ClaimNotice[];
};

/** A rule: refuses (throws), changes nothing (null), or says what changes. */
export type ClaimRule = (claim: LockedClaim, tx: DbTransaction) => ClaimChange | null | Promise<ClaimChange | null>;

/**
 * The one write path of a claim change (assign, reword, a workflow step): in one transaction,
 * locks the claim of the workspace at `version` (stale otherwise), lets the rule decide, writes
 * the change with the next version, records it in Activity and notifies. Returns the claim as
 * it now is.
 */
export function changeClaim({ workspaceId, userId, claimId, version }: ClaimWrite, rule: ClaimRule) {
  return getDb().$transaction(async (tx) => {
    const claim = await lockClaim(tx, { workspaceId, claimId, version });
    const change = await rule(claim, tx);
    if (!change) return { id: claim.id, version: claim.version, status: claim.status, verdict: claim.verdict };
    const updated = await tx.claim.update({
      where: { id: claimId },
      data: { ...change.data, version: { increment: 1 } },
      select: { id: true, version: true, status: true, verdict: true },
    });
    const documentId = claim.annotation.documentId;
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      entityType: 'Claim',
      entityId: claimId,
      documentId,
      claimId,
      ...change.activity,
    });
    if (change.notices?.length) {
      const actor = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
      for (const notice of change.notices) {
        await notify(tx, notice.recipients, {
          workspaceId,
          actorId: userId,
          kind: notice.kind,
          message: notice.message(displayName(actor)),
          documentId,
          annotationId: claim.annotation.id,
          claimId,
        });
      }
    }
    return updated;
  });
}
