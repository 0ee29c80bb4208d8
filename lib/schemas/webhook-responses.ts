// What the REST API answers about webhooks (the registry: lib/api/webhook-endpoints.ts).
import { z } from 'zod';
import { WebhookDeliveryStatus } from '@/lib/generated/prisma/enums';
import { WEBHOOK_EVENTS } from '@/lib/webhooks/events';
import { ZDateTime } from './api-responses';

export const ZWebhook = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  events: z.array(z.enum(WEBHOOK_EVENTS)),
  enabled: z.boolean(),
  consecutiveFailures: z.int().meta({ description: 'Deliveries given up in a row; at 5 the webhook is turned off.' }),
  disabledReason: z.string().nullable().meta({ description: 'Why Margin turned it off, when it did.' }),
  version: z.int(),
  createdAt: ZDateTime,
  updatedAt: ZDateTime,
});

export const ZWebhookList = z.object({ webhooks: z.array(ZWebhook) });

export const ZCreatedWebhook = ZWebhook.extend({
  secret: z.string().meta({ description: 'The signing secret ("whsec_…"): verify each delivery with it (Standard Webhooks).' }),
});

export const ZWebhookDelivery = z.object({
  id: z.string(),
  eventType: z.string(),
  messageId: z.string().meta({ description: 'The `webhook-id` header: the same on every attempt of this delivery.' }),
  status: z.enum(WebhookDeliveryStatus),
  attempts: z.int(),
  nextAttemptAt: ZDateTime.nullable(),
  lastStatusCode: z.int().nullable(),
  lastError: z.string().nullable(),
  lastResponseExcerpt: z.string().nullable().meta({ description: 'The first kilobyte of the last answer.' }),
  lastDurationMs: z.int().nullable(),
  lastAttemptAt: ZDateTime.nullable(),
  createdAt: ZDateTime,
});

export const ZWebhookDeliveryList = z.object({ deliveries: z.array(ZWebhookDelivery) });
