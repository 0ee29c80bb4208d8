import { API } from '@/lib/api/endpoints';
import { readBody } from '@/lib/http/read-request';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZCreateWebhook } from '@/lib/schemas/webhooks';
import { createWebhook } from '@/lib/server/webhooks/create-webhook';
import { listWebhooks } from '@/lib/server/webhooks/get-webhook';

/** The workspace's webhooks (without secrets). */
export const GET = apiRoute(API.listWebhooks, async (_request, { membership }) => ({
  webhooks: await listWebhooks({ workspaceId: membership.workspace.id }),
}));

/** Adds a webhook: { url, description?, events } → the webhook with its signing secret. */
export const POST = apiRoute(API.createWebhook, async (request, { user, membership }) => {
  const input = await readBody(request, ZCreateWebhook);
  return createWebhook({ workspaceId: membership.workspace.id, userId: user.id, ...input });
});

export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');
