// What each workspace role may do — the one table every action, route and page consults.
import type { WorkspaceRole } from '@/lib/generated/prisma/enums';

export const ROLES = ['owner', 'editor', 'checker', 'viewer'] as const satisfies readonly WorkspaceRole[];

export const PERMISSIONS = {
  'workspace.read': ['owner', 'editor', 'checker', 'viewer'],
  'workspace.manage': ['owner'],
  /** webhooks: their addresses, events and signing secrets, and the delivery log */
  'webhooks.manage': ['owner'],
  /** the publishing profile: organisation, public fact-check URLs, verdict ratings */
  'publishing.manage': ['owner', 'editor'],
  'members.invite': ['owner', 'editor'],
  'members.manage': ['owner'],
  'document.import': ['owner', 'editor'],
  'document.edit': ['owner', 'editor'],
  'annotation.create': ['owner', 'editor', 'checker'],
  'comment.create': ['owner', 'editor', 'checker'],
  /** delete others' comments (authors delete their own) */
  'comment.moderate': ['owner', 'editor'],
  'tags.manage': ['owner', 'editor'],
  'claim.assign': ['owner', 'editor'],
  'claim.verify': ['owner', 'editor', 'checker'],
  'claim.review': ['owner', 'editor', 'checker'],
  /** "Check now" / "Capture now" on a source */
  'source.check': ['owner', 'editor', 'checker'],
  'export.read': ['owner', 'editor', 'checker', 'viewer'],
} as const satisfies Record<string, readonly WorkspaceRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: WorkspaceRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly WorkspaceRole[]).includes(role);
}
