'use server';

import { workspaceAction } from '@/lib/actions/define-action';
import { ZFactCheckAddress } from '@/lib/schemas/fact-checks';
import { importFactChecksFromAddress } from '@/lib/server/matching/import-fact-checks';

/** Adds the ClaimReviews at an address (a fact check's page, a feed) to the workspace's library of published fact checks. */
export const importFactChecksFromAddressAction = workspaceAction('claim.verify', ZFactCheckAddress, async ({ user, membership, input }) =>
  importFactChecksFromAddress({ workspaceId: membership.workspace.id, userId: user.id, url: input.url }),
);
