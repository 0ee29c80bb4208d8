import { z } from 'zod';
import { WEBHOOK_EVENTS } from '@/lib/webhooks/events';
import { ZOptionalVersion, ZVersion } from './version';

const ZWebhookUrl = z
  .string()
  .trim()
  .min(1, 'Give the address to send events to.')
  .max(2000, 'Keep the address under 2,000 characters.')
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'Give an http:// or https:// address.');

const ZDescription = z.string().trim().max(200, 'Keep the description under 200 characters.').default('');

const ZEvents = z
  .array(z.enum(WEBHOOK_EVENTS, { message: 'That is not an event Margin sends.' }))
  .min(1, 'Choose at least one event.')
  .max(WEBHOOK_EVENTS.length)
  .transform((events) => [...new Set(events)]);

export const ZWebhookRef = z.object({ webhookId: z.string().min(1).max(64) });

export const ZCreateWebhook = z.object({ url: ZWebhookUrl, description: ZDescription, events: ZEvents });

/** Edit: absent fields stay as they are; `enabled: true` turns a webhook back on (and forgets its failures). */
export const ZUpdateWebhook = ZWebhookRef.extend({
  version: ZVersion,
  url: ZWebhookUrl.optional(),
  description: z.string().trim().max(200, 'Keep the description under 200 characters.').optional(),
  events: ZEvents.optional(),
  enabled: z.boolean().optional(),
});

export const ZDeleteWebhook = ZWebhookRef.extend({ version: ZOptionalVersion });

export const ZRedeliverWebhook = ZWebhookRef.extend({ deliveryId: z.string().min(1).max(64) });

export const ZWebhookDeleteQuery = ZDeleteWebhook.omit({ webhookId: true });
