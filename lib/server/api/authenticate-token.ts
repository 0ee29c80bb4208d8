import 'server-only';
import { effectiveRole, tokenState } from '@/lib/api/token-roles';
import { bearerToken, hashApiToken } from '@/lib/api/tokens';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { CurrentUser } from '@/lib/server/session/current-user';
import type { WorkspaceMembership } from '@/lib/server/workspaces/get-membership';
import { assertTwoFactorIfRequired } from '@/lib/server/workspaces/require-two-factor';

/** lastUsedAt is written at most this often per token, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export type ApiCaller = { tokenId: string; user: CurrentUser; membership: WorkspaceMembership };

/**
 * The member a request's `Authorization: Bearer <token>` stands for, in the token's workspace,
 * with the token's role capped by the member's current one. No token, an unknown, revoked or
 * expired one: 401. A token whose membership ended no longer exists (deleted with it): 401.
 */
export async function authenticateToken(request: Request): Promise<ApiCaller> {
  const secret = bearerToken(request.headers.get('authorization'));
  if (!secret) throw new AppError('unauthorized', 'Send a personal access token: Authorization: Bearer <token>.');
  const token = await getDb().apiToken.findUnique({
    where: { tokenHash: hashApiToken(secret) },
    select: {
      id: true,
      role: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      membership: {
        select: {
          role: true,
          user: { select: { id: true, email: true, name: true } },
          workspace: { select: { id: true, slug: true, name: true, requireTwoFactor: true } },
        },
      },
    },
  });
  const now = new Date();
  if (!token || tokenState(token, now) !== 'active') {
    throw new AppError('unauthorized', 'This token is not valid: it is unknown, revoked or expired.');
  }
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
    await getDb().apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  const { user, role } = token.membership;
  const { requireTwoFactor, ...workspace } = token.membership.workspace;
  // 403 with a message the token's owner can act on.
  await assertTwoFactorIfRequired({ userId: user.id, workspace: { name: workspace.name, requireTwoFactor } });
  return { tokenId: token.id, user, membership: { role: effectiveRole(token.role, role), workspace } };
}
