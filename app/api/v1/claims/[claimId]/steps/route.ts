import { readBody } from '@/lib/http/read-request';
import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZClaimStep } from '@/lib/schemas/claims';
import { takeMemberClaimStep } from '@/lib/server/claims/take-claim-step';

/** One workflow step: { version, step: start | propose | accept | send_back | reopen | confirm_words, … }. */
export const POST = apiRoute(API.takeClaimStep, async (request, { user, membership, params }) => {
  return takeMemberClaimStep({ user, membership }, await readBody(request, ZClaimStep, params));
});

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
