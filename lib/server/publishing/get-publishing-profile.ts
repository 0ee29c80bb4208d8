import 'server-only';
import { getDb } from '@/lib/db';
import { DEFAULT_RATINGS, type PublishingProfile } from '@/lib/export/publishing';
import { ZStoredRatings } from '@/lib/schemas/publishing';

/**
 * The workspace's publishing profile with the version its form sends back, or null when nobody
 * has set it yet (the caller is a member: checked by the page, the action or the route).
 */
export async function getPublishingProfile(workspaceId: string): Promise<{ profile: PublishingProfile; version: number } | null> {
  const row = await getDb().publishingProfile.findUnique({ where: { workspaceId } });
  if (!row) return null;
  const ratings = ZStoredRatings.safeParse(row.ratings);
  const { organizationName, organizationUrl, logoUrl, claimUrlPattern, version } = row;
  return {
    profile: { organizationName, organizationUrl, logoUrl, claimUrlPattern, ratings: ratings.success ? ratings.data : DEFAULT_RATINGS },
    version,
  };
}
