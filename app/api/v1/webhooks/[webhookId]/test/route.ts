import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { sendTestEvent } from '@/lib/server/webhooks/send-webhook-now';

/** Sends a signed `webhook.test` event now and answers with its delivery. */
export const POST = apiRoute(API.testWebhook, async (_request, { user, membership, params }) =>
  sendTestEvent({ workspaceId: membership.workspace.id, userId: user.id, webhookId: params.webhookId }),
);

export const { GET, PUT, PATCH, DELETE } = otherMethods('POST');
