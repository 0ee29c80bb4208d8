import { API } from '@/lib/api/endpoints';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { listWebhookDeliveries } from '@/lib/server/webhooks/list-webhook-deliveries';

/** The webhook's last 50 deliveries, newest first. */
export const GET = apiRoute(API.listWebhookDeliveries, async (_request, { membership, params }) => ({
  deliveries: await listWebhookDeliveries({ workspaceId: membership.workspace.id, webhookId: params.webhookId }),
}));

export const { POST, PUT, PATCH, DELETE } = otherMethods('GET');
