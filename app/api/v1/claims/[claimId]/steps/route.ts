import { readBody } from '@/lib/http/read-request';
import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZClaimStep } from '@/lib/schemas/claims';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';

/** One workflow step: { version, step: start | propose | accept | send_back | reopen | confirm_words, … }. */
export const POST = apiRoute(API.takeClaimStep, async (request, { user, membership, params }) => {
  const { claimId, version, ...step } = await readBody(request, ZClaimStep, params);
  return takeClaimStep({
    workspaceId: membership.workspace.id,
    userId: user.id,
    actor: user,
    role: membership.role,
    claimId,
    version,
    step,
  });
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
