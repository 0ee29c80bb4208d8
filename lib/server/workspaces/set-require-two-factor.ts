import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { hasTwoFactor } from '@/lib/server/two-factor/two-factor-status';

/**
 * Owners require (or stop requiring) two-factor authentication of every member. An owner must
 * have it on first, or they would lock themselves out of the switch.
 */
export async function setRequireTwoFactor({
  userId,
  workspaceId,
  requireTwoFactor,
}: {
  userId: string;
  workspaceId: string;
  requireTwoFactor: boolean;
}) {
  if (requireTwoFactor && !(await hasTwoFactor(userId))) {
    throw new AppError('conflict', 'Turn on two-factor authentication for your own account first.');
  }
  await getDb().workspace.update({ where: { id: workspaceId }, data: { requireTwoFactor }, select: { id: true } });
  return { requireTwoFactor };
}
