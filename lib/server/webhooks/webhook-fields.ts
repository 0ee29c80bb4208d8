import 'server-only';
import type { WebhookEventType } from '@/lib/webhooks/events';

/** What the settings page and the API show of a webhook (never its secret). */
export const WEBHOOK_FIELDS = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  consecutiveFailures: true,
  disabledReason: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

export type WebhookView = {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  consecutiveFailures: number;
  disabledReason: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
};

/** The stored events, narrowed (only known ones are ever written: lib/schemas/webhooks.ts). */
export const asWebhookView = (row: Omit<WebhookView, 'events'> & { events: string[] }): WebhookView => row as WebhookView;

export const DELIVERY_FIELDS = {
  id: true,
  eventType: true,
  messageId: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastStatusCode: true,
  lastError: true,
  lastResponseExcerpt: true,
  lastDurationMs: true,
  lastAttemptAt: true,
  createdAt: true,
} as const;
