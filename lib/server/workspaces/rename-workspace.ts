import 'server-only';
import { getDb } from '@/lib/db';
import { recordActivity } from '@/lib/server/activity/record-activity';
import { lockForWrite } from '@/lib/server/versioning/lock-for-write';

/** Renames the workspace (409 when it changed since `version`). */
export async function renameWorkspace({
  actorId,
  workspaceId,
  version,
  name,
}: {
  actorId: string;
  workspaceId: string;
  version: number;
  name: string;
}) {
  return getDb().$transaction(async (tx) => {
    await lockForWrite(tx, { table: 'Workspace', id: workspaceId, workspaceId, expected: version, what: 'This workspace' });
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } });
    const updated = await tx.workspace.update({
      where: { id: workspaceId },
      data: { name, version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId,
      action: 'workspace.renamed',
      entityType: 'Workspace',
      entityId: workspaceId,
      before,
      after: { name },
    });
    return updated;
  });
}
