// The operations on a workspace's webhooks (owners' tokens only). Part of the registry in
// lib/api/endpoints.ts; what is sent and how it is signed: docs/GUIDE.md, "Webhooks".
import * as W from '@/lib/schemas/webhook-responses';
import { ZCreateWebhook, ZUpdateWebhook, ZWebhookDeleteQuery } from '@/lib/schemas/webhooks';
import { WEBHOOK_EVENTS } from '@/lib/webhooks/events';
import type { ApiEndpoint } from './endpoints';

const EVENTS = WEBHOOK_EVENTS.map((event) => `\`${event}\``).join(', ');

export const WEBHOOK_API = {
  listWebhooks: {
    method: 'get',
    path: '/api/v1/webhooks',
    tag: 'Webhooks',
    summary: 'List webhooks',
    description: 'The workspace’s webhooks, oldest first, without their secrets.',
    permission: 'webhooks.manage',
    status: 200,
    response: W.ZWebhookList,
  },
  createWebhook: {
    method: 'post',
    path: '/api/v1/webhooks',
    tag: 'Webhooks',
    summary: 'Add a webhook',
    description:
      `Events are POSTed to \`url\` as JSON, signed per the Standard Webhooks convention. Events: ${EVENTS}. The address ` +
      'must be public http(s): one that resolves to a private or local address is refused (422). 409 when the workspace ' +
      'has 20 webhooks already. The answer carries the signing secret.',
    permission: 'webhooks.manage',
    body: ZCreateWebhook,
    status: 201,
    response: W.ZCreatedWebhook,
    errors: [409, 413, 415, 422],
  },
  getWebhook: {
    method: 'get',
    path: '/api/v1/webhooks/{webhookId}',
    tag: 'Webhooks',
    summary: 'Get a webhook',
    description: 'Without its secret. `disabledReason` says why Margin turned it off, if it did.',
    permission: 'webhooks.manage',
    status: 200,
    response: W.ZWebhook,
  },
  updateWebhook: {
    method: 'patch',
    path: '/api/v1/webhooks/{webhookId}',
    tag: 'Webhooks',
    summary: 'Edit a webhook',
    description:
      'Fields left out stay as they are; `enabled: true` turns it back on and forgets its failures. 409 when it changed ' +
      'since `version`; 422 for an address that is not public http(s).',
    permission: 'webhooks.manage',
    body: ZUpdateWebhook,
    status: 200,
    response: W.ZWebhook,
    errors: [409, 413, 415, 422],
  },
  deleteWebhook: {
    method: 'delete',
    path: '/api/v1/webhooks/{webhookId}',
    tag: 'Webhooks',
    summary: 'Delete a webhook',
    description: 'With its delivery log. With `?version=`, 409 when it changed since.',
    permission: 'webhooks.manage',
    query: ZWebhookDeleteQuery,
    status: 204,
    errors: [409, 422],
  },
  listWebhookDeliveries: {
    method: 'get',
    path: '/api/v1/webhooks/{webhookId}/deliveries',
    tag: 'Webhooks',
    summary: 'A webhook’s delivery log',
    description: 'Its last 50 deliveries, newest first: status, attempts, the last response code, error and duration.',
    permission: 'webhooks.manage',
    status: 200,
    response: W.ZWebhookDeliveryList,
  },
  testWebhook: {
    method: 'post',
    path: '/api/v1/webhooks/{webhookId}/test',
    tag: 'Webhooks',
    summary: 'Send a test event',
    description:
      'Sends a signed `webhook.test` event now (once, not retried) and answers with its delivery: `lastStatusCode` is ' +
      'what the receiver answered, `lastError` why it failed.',
    permission: 'webhooks.manage',
    status: 200,
    response: W.ZWebhookDelivery,
  },
} as const satisfies Record<string, ApiEndpoint>;
