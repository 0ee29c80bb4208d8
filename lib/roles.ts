// How roles read in the interface.
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { ROLES } from '@/lib/permissions';

export const ROLE_DESCRIPTIONS: Record<WorkspaceRole, string> = {
  owner: 'Owner — everything, including members and deleting the workspace',
  editor: 'Editor — imports, annotates, assigns claims, invites',
  checker: 'Checker — annotates, proposes and reviews verdicts',
  viewer: 'Viewer — reads and exports',
};

export const roleOptions = (roles: readonly WorkspaceRole[] = ROLES) =>
  roles.map((role) => ({ value: role, label: role[0]!.toUpperCase() + role.slice(1) }));

const RANK: Record<WorkspaceRole, number> = { viewer: 0, checker: 1, editor: 2, owner: 3 };

/** A change that takes rights away (to a lower role), or any change of one's own role: asked to confirm first. */
export function needsRoleConfirmation(from: WorkspaceRole, to: WorkspaceRole, isSelf: boolean) {
  return from !== to && (isSelf || RANK[to] < RANK[from]);
}
