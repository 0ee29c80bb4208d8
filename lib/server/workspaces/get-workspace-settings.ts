import 'server-only';
import { getDb } from '@/lib/db';

/** What the settings form edits, with the version it sends back (the caller is a member: checked by the page). */
export function getWorkspaceSettings(workspaceId: string) {
  return getDb().workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { name: true, version: true, requireTwoFactor: true } });
}
