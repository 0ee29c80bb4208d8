import 'server-only';
import { tokenRolesFor } from '@/lib/api/token-roles';
import { newApiToken } from '@/lib/api/tokens';
import { getDb } from '@/lib/db';
import { AppError, notFound } from '@/lib/errors';
import type { TCreateApiToken } from '@/lib/schemas/api-tokens';
import { recordAccountEvent } from '@/lib/server/account-events/record-account-event';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * A new personal access token of `userId` in one of their workspaces, with a role no higher than
 * theirs there. The secret is returned once, here; only its hash is stored.
 */
export async function createApiToken({ userId, workspace: slug, name, role, expiresIn }: { userId: string } & TCreateApiToken) {
  const membership = await getDb().membership.findFirst({
    where: { userId, workspace: { slug } },
    select: { role: true, workspaceId: true, workspace: { select: { name: true } } },
  });
  if (!membership) throw notFound('This workspace');
  if (!tokenRolesFor(membership.role).includes(role)) {
    const message = `Your role in ${membership.workspace.name} is ${membership.role}: a token cannot do more than you.`;
    throw new AppError('invalid', message, { role: [message] });
  }
  const { secret, tokenHash, prefix } = newApiToken();
  const expiresAt = expiresIn === 'never' ? null : new Date(Date.now() + Number(expiresIn) * DAY_MS);
  const token = await getDb().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { userId, workspaceId: membership.workspaceId, role, name, tokenHash, prefix, expiresAt },
      select: { id: true, name: true, prefix: true, role: true, expiresAt: true },
    });
    await recordAccountEvent(tx, { userId, kind: 'api_token_created', detail: `“${name}” in ${membership.workspace.name}, as ${role}` });
    return created;
  });
  return { ...token, secret, workspace: membership.workspace.name };
}
