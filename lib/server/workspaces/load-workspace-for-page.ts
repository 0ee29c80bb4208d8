import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { Permission } from '@/lib/permissions';
import { orNotFound } from '@/lib/server/pages/or-not-found';
import { getMembershipOrThrow } from './get-membership';
import { TwoFactorRequiredError } from './require-two-factor';

/**
 * getMembershipOrThrow for pages: "not found" renders the 404 page instead of throwing; a
 * workspace that requires two-factor authentication of a member without it shows the page that
 * asks them to turn it on. Read once per request (React cache): the workspace layout and the
 * page both ask.
 */
export const loadWorkspaceForPage = cache(async (userId: string, slug: string, permission?: Permission) => {
  try {
    return await orNotFound(getMembershipOrThrow({ userId, slug, permission }));
  } catch (error) {
    if (error instanceof TwoFactorRequiredError) redirect(`/two-factor-required?workspace=${encodeURIComponent(slug)}`);
    throw error;
  }
});
