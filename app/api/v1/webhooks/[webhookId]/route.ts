import { API } from '@/lib/api/endpoints';
import { readBody, readQuery } from '@/lib/http/read-request';
import { apiRoute, otherMethods } from '@/lib/http/token-routes';
import { ZUpdateWebhook, ZWebhookDeleteQuery } from '@/lib/schemas/webhooks';
import { getWebhook } from '@/lib/server/webhooks/get-webhook';
import { deleteWebhook, updateWebhook } from '@/lib/server/webhooks/update-webhook';

export const GET = apiRoute(API.getWebhook, async (_request, { membership, params }) =>
  getWebhook({ workspaceId: membership.workspace.id, webhookId: params.webhookId }),
);

/** Edits a webhook: { version, url?, description?, events?, enabled? } (409 when it changed since `version`). */
export const PATCH = apiRoute(API.updateWebhook, async (request, { membership, params }) => {
  const input = await readBody(request, ZUpdateWebhook, params);
  return updateWebhook({ workspaceId: membership.workspace.id, ...input });
});

/** Deletes a webhook and its delivery log (`?version=`: 409 when it changed since). */
export const DELETE = apiRoute(API.deleteWebhook, async (request, { membership, params }) => {
  const { version } = readQuery(request, ZWebhookDeleteQuery);
  await deleteWebhook({ workspaceId: membership.workspace.id, webhookId: params.webhookId, version });
});

export const { POST, PUT } = otherMethods('GET', 'PATCH', 'DELETE');
