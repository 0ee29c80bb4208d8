import { readBody } from '@/lib/http/read-request';
import { apiRoute } from '@/lib/http/token-routes';
import { ZAddEvidence } from '@/lib/schemas/claims';
import { addEvidence } from '@/lib/server/evidence/add-evidence';

/**
 * Ties a source to the claim: { url, stance, quote?, sendBack? } (409 when that source is already
 * there, when the claim was reviewed, or when its verdict awaits review and `sendBack` is not true).
 */
export const POST = apiRoute<{ claimId: string }>(
  'claim.verify',
  async (request, { user, membership, params }) => {
    const input = await readBody(request, ZAddEvidence, params);
    return addEvidence({
      workspaceId: membership.workspace.id,
      userId: user.id,
      claimId: input.claimId,
      source: input.url,
      stance: input.stance,
      quote: input.quote,
      sendBack: input.sendBack,
    });
  },
  { status: 201 },
);
