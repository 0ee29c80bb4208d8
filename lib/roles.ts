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
