// The events a workspace's webhooks can subscribe to, with the words the settings page shows.
// (Pure: the browser imports this too.)

export const WEBHOOK_EVENTS = [
  'claim.proposed',
  'claim.reviewed',
  'claim.reopened',
  'claim.words_changed',
  'source.changed',
  'source.gone',
  'document.imported',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENTS)[number];

/** Sent by "Send test event" only; nobody subscribes to it. */
export const TEST_EVENT = 'webhook.test';
export type DeliveredEventType = WebhookEventType | typeof TEST_EVENT;

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  'claim.proposed': 'A verdict is proposed for a claim',
  'claim.reviewed': 'A proposed verdict is accepted or sent back',
  'claim.reopened': 'A reviewed claim is reopened',
  'claim.words_changed': 'The words a verdict judged changed in a new version',
  'source.changed': 'A source’s page changed',
  'source.gone': 'A source’s page is gone',
  'document.imported': 'A document is imported',
};

export const isWebhookEvent = (value: string): value is WebhookEventType => (WEBHOOK_EVENTS as readonly string[]).includes(value);
