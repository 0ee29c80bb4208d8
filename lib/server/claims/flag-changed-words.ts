import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { recordActivities } from '@/lib/server/activity/record-activity';
import { notify } from '@/lib/server/notifications/notify';
import { enqueueClaimEvent } from '@/lib/server/webhooks/workspace-events';
import { claimLabel } from './lock-claim';
import { wordsAt } from '@/lib/annotations/words-at';
import { sameWords } from '@/lib/claims/same-words';

/**
 * After a new version of a document: every claim on it with a verdict (proposed or reviewed)
 * whose words in the new version differ from those its verdict judged, or that lost its place,
 * is flagged "words changed since the verdict" (`wordsChangedAt`), with an entry in its history,
 * and its proposer and reviewer are told. Flagged claims stay flagged until a second person
 * confirms the verdict or the claim goes back to be checked (lib/claims/workflow.ts). Runs in the
 * transaction that created the version, after its anchors were written.
 */
export async function flagChangedWords(
  tx: DbTransaction,
  {
    workspaceId,
    userId,
    documentId,
    version,
  }: { workspaceId: string; userId: string; documentId: string; version: { id: string; number: number; plainText: string } },
): Promise<number> {
  const judged = await tx.claim.findMany({
    where: { workspaceId, status: { in: ['proposed', 'reviewed'] }, verdictWords: { not: null }, annotation: { documentId } },
    select: {
      id: true,
      statement: true,
      verdictWords: true,
      verdictWordsVersion: true,
      wordsChangedAt: true,
      proposedById: true,
      reviewedById: true,
      annotation: { select: { id: true, anchors: { where: { versionId: version.id }, select: { start: true, end: true } } } },
    },
  });
  const now = new Date();
  const changed = judged.flatMap((claim) => {
    const words = wordsAt(version.plainText, claim.annotation.anchors[0]);
    if (words !== null && sameWords(words, claim.verdictWords!)) return [];
    return [{ claim, words }];
  });
  if (changed.length === 0) return 0;
  await tx.claim.updateMany({
    where: { id: { in: changed.map(({ claim }) => claim.id) }, wordsChangedAt: null },
    data: { wordsChangedAt: now },
  });
  await recordActivities(
    tx,
    changed.map(({ claim, words }) => ({
      workspaceId,
      actorId: userId,
      action: 'claim.words_changed' as const,
      entityType: 'Claim',
      entityId: claim.id,
      documentId,
      claimId: claim.id,
      before: { quote: claim.verdictWords, version: claim.verdictWordsVersion },
      after: { quote: words, version: version.number, orphaned: words === null },
    })),
  );
  const actor = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  for (const { claim, words } of changed) {
    const what = words === null ? 'are no longer in the text' : 'changed';
    await notify(tx, [claim.proposedById, claim.reviewedById], {
      workspaceId,
      actorId: userId,
      kind: 'words_changed',
      message: `${actor?.name || actor?.email || 'Someone'} saved version ${version.number}: the words under ${claimLabel(claim)} ${what} since its verdict. Confirm the verdict or check it again.`,
      documentId,
      annotationId: claim.annotation.id,
      claimId: claim.id,
    });
    await enqueueClaimEvent(tx, {
      workspaceId,
      claimId: claim.id,
      type: 'claim.words_changed',
      extra: { documentVersion: version.number, wordsGone: words === null },
    });
  }
  return changed.length;
}
