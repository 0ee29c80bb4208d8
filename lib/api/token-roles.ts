// The role a personal access token acts with, and what the account page offers (no Node APIs:
// the browser imports this too).
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';
import { ROLES } from '@/lib/permissions';

/** Higher is more: viewer 0 … owner 3. */
const rank = (role: WorkspaceRole) => ROLES.length - 1 - ROLES.indexOf(role);

/** What a token may do today: its own role, capped by its owner's current role in the workspace. */
export function effectiveRole(tokenRole: WorkspaceRole, memberRole: WorkspaceRole): WorkspaceRole {
  return rank(tokenRole) <= rank(memberRole) ? tokenRole : memberRole;
}

/** The roles a member with `role` may give a token: theirs and every lower one. */
export function tokenRolesFor(role: WorkspaceRole): WorkspaceRole[] {
  return ROLES.filter((candidate) => rank(candidate) <= rank(role));
}

export type TokenState = 'active' | 'revoked' | 'expired';

export function tokenState(token: { revokedAt: Date | null; expiresAt: Date | null }, now = new Date()): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && token.expiresAt <= now) return 'expired';
  return 'active';
}
