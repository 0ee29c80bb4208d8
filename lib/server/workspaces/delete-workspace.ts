import 'server-only';
import { getDb } from '@/lib/db';
import { AppError } from '@/lib/errors';

/**
 * Deletes a workspace and everything in it (documents, annotations, claims, sources, members,
 * invitations, activity) in one statement-level cascade inside a transaction. The caller types
 * the workspace name to confirm.
 */
export async function deleteWorkspace({ workspaceId, confirmName }: { workspaceId: string; confirmName: string }) {
  await getDb().$transaction(async (tx) => {
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true } });
    if (workspace.name.trim() !== confirmName.trim()) {
      throw new AppError('invalid', 'Type the workspace name exactly to confirm.', { confirmName: ['Does not match the workspace name.'] });
    }
    await tx.workspace.delete({ where: { id: workspaceId } });
  });
}
