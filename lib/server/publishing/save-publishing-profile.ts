import 'server-only';
import { getDb } from '@/lib/db';
import { staleError } from '@/lib/errors';
import type { PublishingProfile } from '@/lib/export/publishing';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';

/**
 * Sets the workspace's publishing profile (creates it the first time: `version` 0). 409 when it
 * changed since `version`: the workspace row is locked first, so two first saves cannot both win.
 */
export async function savePublishingProfile({
  actorId,
  workspaceId,
  version,
  profile,
}: {
  actorId: string;
  workspaceId: string;
  version: number;
  profile: PublishingProfile;
}) {
  return getDb().$transaction(async (tx) => {
    await lockForWrite(tx, { table: 'Workspace', id: workspaceId, workspaceId, what: 'This workspace' });
    const before = await tx.publishingProfile.findUnique({
      where: { workspaceId },
      select: { organizationName: true, organizationUrl: true, logoUrl: true, claimUrlPattern: true, ratings: true, version: true },
    });
    if ((before?.version ?? 0) !== version)
      throw staleError('Someone changed the publishing settings since you opened them: reload to see their changes.');
    const saved = await tx.publishingProfile.upsert({
      where: { workspaceId },
      create: { workspaceId, ...profile },
      update: { ...profile, version: { increment: 1 } },
      select: { version: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId,
      action: 'workspace.publishing_changed',
      entityType: 'Workspace',
      entityId: workspaceId,
      ...(before ? { before: before as Prisma.InputJsonValue } : {}),
      after: profile,
    });
    return { version: saved.version };
  });
}
