import 'server-only';
import { getDb } from '@/lib/db';

export async function renameWorkspace({ actorId, workspaceId, name }: { actorId: string; workspaceId: string; name: string }) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } });
    await tx.workspace.update({ where: { id: workspaceId }, data: { name } });
    await tx.activity.create({
      data: { workspaceId, actorId, action: 'workspace.renamed', entityType: 'Workspace', entityId: workspaceId, before, after: { name } },
    });
  });
}
