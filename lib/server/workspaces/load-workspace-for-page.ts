import 'server-only';
import type { Permission } from '@/lib/permissions';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { getMembershipOrThrow } from './get-membership';

/** getMembershipOrThrow for pages: "not found" renders the 404 page instead of throwing. */
export function loadWorkspaceForPage(userId: string, slug: string, permission?: Permission) {
  return orNotFound(getMembershipOrThrow({ userId, slug, permission }));
}
