import { readBody } from '@/lib/http/read-request';
import { apiRoute } from '@/lib/http/token-routes';
import { ZClaimStep } from '@/lib/schemas/claims';
import { takeClaimStep } from '@/lib/server/claims/take-claim-step';

/** One workflow step: { version, step: start | propose | accept | send_back | reopen | confirm_words, … }. */
export const POST = apiRoute<{ claimId: string }>('claim.verify', async (request, { user, membership, params }) => {
  const { claimId, version, ...step } = await readBody(request, ZClaimStep, params);
  return takeClaimStep({ workspaceId: membership.workspace.id, userId: user.id, role: membership.role, claimId, version, step });
});
