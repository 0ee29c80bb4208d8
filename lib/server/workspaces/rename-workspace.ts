import 'server-only';
import { getDb } from '@/lib/db';
import { recordActivity } from '@/lib/server/activity/record-activity';

export async function renameWorkspace({ actorId, workspaceId, name }: { actorId: string; workspaceId: string; name: string }) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } });
    await tx.workspace.update({ where: { id: workspaceId }, data: { name } });
    await recordActivity(tx, { workspaceId, actorId, action: 'workspace.renamed', entityType: 'Workspace', entityId: workspaceId, before, after: { name } });
  });
}
