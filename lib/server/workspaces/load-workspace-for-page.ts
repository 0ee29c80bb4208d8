import 'server-only';
import { notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';
import type { Permission } from '@/lib/permissions';
import { getMembershipOrThrow } from './get-membership';

/** getMembershipOrThrow for pages: "not found" renders the 404 page instead of throwing. */
export async function loadWorkspaceForPage(userId: string, slug: string, permission?: Permission) {
  try {
    return await getMembershipOrThrow({ userId, slug, permission });
  } catch (error) {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  }
}
