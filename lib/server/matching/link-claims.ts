import 'server-only';
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '@/lib/errors';
import { changeClaim, type ClaimWrite } from '@/lib/server/claims/change-claim';

const SHARED = { annotation: { visibility: 'shared' as const } };

/**
 * Links `otherClaimId` to the claim as "the same claim": both join one group (the claim's, the
 * other's, or a new one; two groups merge), whose members each see the others' verdicts and
 * evidence. Only claims of shared annotations of the same workspace; another workspace's is not found.
 */
export async function linkSameClaim({ otherClaimId, ...write }: ClaimWrite & { otherClaimId: string }) {
  const { id, version } = await changeClaim(write, async (claim, tx) => {
    if (otherClaimId === claim.id) throw new AppError('invalid', 'A claim cannot be linked to itself.');
    const [self, other] = await Promise.all([
      tx.claim.findFirst({ where: { id: claim.id, ...SHARED }, select: { id: true } }),
      tx.claim.findFirst({ where: { id: otherClaimId, workspaceId: write.workspaceId, ...SHARED }, select: { id: true, groupId: true } }),
    ]);
    if (!other) throw notFound('That claim');
    if (!self) throw new AppError('invalid', 'A claim of a private annotation cannot be linked.');
    if (claim.groupId && claim.groupId === other.groupId) return null;
    const groupId = claim.groupId ?? other.groupId ?? randomUUID();
    const joining = [
      { id: other.id },
      ...[other.groupId, claim.groupId].flatMap((group) => (group && group !== groupId ? [{ groupId: group }] : [])),
    ];
    await tx.claim.updateMany({
      where: { workspaceId: write.workspaceId, id: { not: claim.id }, OR: joining },
      data: { groupId, version: { increment: 1 } },
    });
    return {
      data: { groupId },
      activity: { action: 'claim.linked', before: { groupId: claim.groupId }, after: { groupId, linkedClaimId: other.id } },
    };
  });
  return { id, version };
}

/** Takes the claim out of its group of same claims; a group left with one claim is no group. */
export async function unlinkClaim(write: ClaimWrite) {
  const { id, version } = await changeClaim(write, async (claim, tx) => {
    if (!claim.groupId) return null;
    const rest = await tx.claim.findMany({
      where: { workspaceId: write.workspaceId, groupId: claim.groupId, id: { not: claim.id } },
      select: { id: true },
    });
    if (rest.length === 1) {
      await tx.claim.update({ where: { id: rest[0]!.id }, data: { groupId: null, version: { increment: 1 } } });
    }
    return {
      data: { groupId: null },
      activity: { action: 'claim.unlinked', before: { groupId: claim.groupId }, after: { groupId: null } },
    };
  });
  return { id, version };
}
