// GET a claim with what its panel shows (evidence, people, history), as JSON: the claim panel
// reads it through the client cache (components/data), keyed ['claim', workspace, claimId].
import { workspaceRoute } from '@/lib/http/session-routes';
import { ZClaimRef } from '@/lib/schemas/claims';
import { getClaim } from '@/lib/server/claims/get-claim';
import { parseInput } from '@/lib/validation';

type Context = { params: Promise<{ workspace: string; claimId: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const params = await context.params;
  const handle = workspaceRoute('workspace.read', async (_request, { user, membership }) => {
    const { claimId } = parseInput(ZClaimRef, params);
    return Response.json(await getClaim({ workspaceId: membership.workspace.id, userId: user.id, claimId }));
  });
  return handle(request, context);
}
