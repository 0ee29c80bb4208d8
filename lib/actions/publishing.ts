'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZSavePublishingProfile } from '@/lib/schemas/publishing';
import { savePublishingProfile } from '@/lib/server/publishing/save-publishing-profile';

export const savePublishingProfileAction = workspaceAction(
  'publishing.manage',
  ZSavePublishingProfile,
  async ({ user, membership, input }) =>
    savePublishingProfile({ actorId: user.id, workspaceId: membership.workspace.id, version: input.version, profile: input.profile }),
);
