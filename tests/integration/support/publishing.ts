// A workspace's publishing profile, as Settings → Publishing saves it (ClaimReview exports need one).
import { DEFAULT_RATINGS, type PublishingProfile } from '@/lib/export/publishing';
import { savePublishingProfile } from '@/lib/server/publishing/save-publishing-profile';

export const TEST_PUBLISHING: PublishingProfile = {
  organizationName: 'Desk Fact Check',
  organizationUrl: 'https://factcheck.example.org/',
  logoUrl: 'https://factcheck.example.org/logo.png',
  claimUrlPattern: 'https://factcheck.example.org/checks/{document}/{claim}',
  ratings: DEFAULT_RATINGS,
};

export function setPublishingProfile(workspaceId: string, actorId: string, overrides: Partial<PublishingProfile> = {}) {
  return savePublishingProfile({ actorId, workspaceId, version: 0, profile: { ...TEST_PUBLISHING, ...overrides } });
}
