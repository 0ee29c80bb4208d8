import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { can, type Permission } from '@/lib/permissions';

/** A member of the workspace, as pages show them (assignee pickers, @mentions, history). */
export type WorkspaceMember = { id: string; name: string | null; email: string; role: WorkspaceRole };
/** The signed-in person looking at the workspace. */
export type WorkspaceViewer = { id: string; name: string | null; email: string };

/** What the workspace layout hands its client components: loaded once on the server. */
export type WorkspaceInput = { slug: string; name: string; viewer: WorkspaceViewer; role: WorkspaceRole; members: WorkspaceMember[] };

export type WorkspaceValue = WorkspaceInput & {
  /** Whether the viewer's role allows `permission` (the table in lib/permissions.ts). */
  can: (permission: Permission) => boolean;
};

/** The context's value: the layout's data and `can`, bound to the viewer's role. */
export function workspaceValue(input: WorkspaceInput): WorkspaceValue {
  return { ...input, can: (permission) => can(input.role, permission) };
}
