import 'server-only';
import { tokenState } from '@/lib/api/token-roles';
import { getDb } from '@/lib/db';

/** The caller's own tokens (never anyone else's), newest first, with the workspace each serves. */
export async function listApiTokens({ userId }: { userId: string }) {
  const tokens = await getDb().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      name: true,
      prefix: true,
      role: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      expiresAt: true,
      membership: { select: { role: true, workspace: { select: { name: true, slug: true } } } },
    },
  });
  const now = new Date();
  return tokens.map(({ membership, ...token }) => ({
    ...token,
    workspace: membership.workspace,
    memberRole: membership.role,
    state: tokenState(token, now),
  }));
}

export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
