import 'server-only';
import { Webhook } from 'standardwebhooks';

/**
 * The Standard Webhooks headers of one attempt: `webhook-signature` is "v1," + the base64
 * HMAC-SHA256, under the secret's bytes, of "<webhook-id>.<webhook-timestamp>.<body>".
 */
export function signWebhook({ secret, messageId, body, at = new Date() }: { secret: string; messageId: string; body: string; at?: Date }) {
  return {
    'content-type': 'application/json',
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(messageId, at, body),
  };
}
