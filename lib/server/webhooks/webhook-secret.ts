// A webhook's signing secret: 24 random bytes shown as "whsec_<base64>" (the Standard Webhooks
// form), stored encrypted (lib/server/crypto/secret-box.ts).
import 'server-only';
import { randomBytes } from 'node:crypto';
import { decryptSecret, encryptSecret } from '@/lib/server/crypto/secret-box';

export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

export const sealWebhookSecret = (secret: string) => encryptSecret(secret, 'webhook-secret-v1');

export const openWebhookSecret = (sealed: string) => decryptSecret(sealed, 'webhook-secret-v1');
