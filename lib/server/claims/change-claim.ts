import 'server-only';
import type { ActivityAction } from '@/lib/activity/actions';
import { judgedChangeOf } from '@/lib/claims/judged-content';
import { getDb, type DbTransaction } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { NotificationKind } from '@/lib/generated/prisma/enums';
import { judgedContentChange } from './judged-content-change';
import { lockClaim, type LockedClaim } from './lock-claim';
import { writeClaimChange, type ClaimActor } from './write-claim-change';

/**
 * Who changes which claim, from which version of it. `sendBack`: the person was told that
 * changing what a proposed verdict judges sends the claim back to in progress, and goes ahead.
 */
export type ClaimWrite = {
  workspaceId: string;
  userId: string;
  claimId: string;
  version: number;
  sendBack?: boolean;
  /** The actor's name and email when the caller has them already (notices name the actor); read otherwise. */
  actor?: ClaimActor;
};

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
 * the change with the next version, records it in Activity and notifies. A change of the
 * statement or the figure also goes through the judged-content check (refused once reviewed;
 * while a verdict awaits review, written together with sending the claim back). Returns the
 * claim as it now is.
 */
export function changeClaim({ workspaceId, userId, claimId, version, sendBack, actor }: ClaimWrite, rule: ClaimRule) {
  return getDb().$transaction(async (tx) => {
    const claim = await lockClaim(tx, { workspaceId, claimId, version });
    const change = await rule(claim, tx);
    if (!change) return { id: claim.id, version: claim.version, status: claim.status, verdict: claim.verdict };
    const judged = judgedChangeOf(change.data);
    const sentBack = judged ? await judgedContentChange(tx, claim, { workspaceId, change: judged, sendBack }) : null;
    return writeClaimChange(tx, claim, { workspaceId, userId, actor }, sentBack ? [change, sentBack] : [change]);
  });
}
