// GET what the claim panel shows under "Seen before" (issue 22): matching claims of other
// documents and the claims linked as the same claim, as JSON; the panel reads it through the
// client cache, keyed ['memory', workspace, claimId].
import { workspaceRoute } from '@/lib/http/session-routes';
import { ZClaimRef } from '@/lib/schemas/claims';
import { getClaimMemory } from '@/lib/server/matching/claim-memory';
import { parseInput } from '@/lib/validation';

type Context = { params: Promise<{ workspace: string; claimId: string }> };

export async function GET(request: Request, context: Context): Promise<Response> {
  const params = await context.params;
  const handle = workspaceRoute('workspace.read', async (_request, { user, membership }) => {
    const { claimId } = parseInput(ZClaimRef, params);
    return Response.json(await getClaimMemory({ workspaceId: membership.workspace.id, userId: user.id, claimId }));
  });
  return handle(request, context);
}
