'use server';

import { userAction } from '@/lib/actions/define-action';
import { ZApiTokenRef, ZCreateApiToken } from '@/lib/schemas/api-tokens';
import { createApiToken } from '@/lib/server/api-tokens/create-api-token';
import { revokeApiToken } from '@/lib/server/api-tokens/revoke-api-token';

/** A new personal access token in one of the caller's workspaces; its secret is in the result, once. */
export const createApiTokenAction = userAction(ZCreateApiToken, async ({ user, input }) => createApiToken({ userId: user.id, ...input }));

export const revokeApiTokenAction = userAction(ZApiTokenRef, async ({ user, input }) =>
  revokeApiToken({ userId: user.id, tokenId: input.tokenId }),
);
