// Settings of the webhook delivery job, from the environment (README: Configuration).
import { parseDuration } from '@/lib/sources/duration';
import { MAX_ATTEMPTS } from '@/lib/webhooks/retry-schedule';

function count(name: string, fallback: number, max: number): number {
  const parsed = Number(process.env[name]);
  return Number.isInteger(parsed) && parsed >= 1 ? Math.min(parsed, max) : fallback;
}

export function webhookConfig() {
  const poll = process.env.MARGIN_WEBHOOK_POLL;
  return {
    /** MARGIN_WEBHOOK_POLL: how often the job looks for deliveries whose time has come. */
    pollMs: (poll ? parseDuration(poll) : null) ?? 5_000,
    /** MARGIN_WEBHOOK_MAX_ATTEMPTS: attempts in all before a delivery is marked failed (at most the schedule's). */
    maxAttempts: count('MARGIN_WEBHOOK_MAX_ATTEMPTS', MAX_ATTEMPTS, MAX_ATTEMPTS),
    /** A receiver has this long to answer. */
    timeoutMs: 10_000,
    /** Of the answer, only this much is read and kept for the delivery log. */
    excerptBytes: 1024,
    /** A delivery taken by an attempt is not taken again for this long, even if that instance died mid-attempt. */
    leaseMs: 60_000,
    batchSize: 10,
    concurrency: 4,
    /** Finished deliveries (delivered or given up) are deleted after this long; the log shows the last 50 anyway. */
    keepMs: 30 * 24 * 3_600_000,
    /** How often the job deletes them. */
    pruneEveryMs: 3_600_000,
  };
}

/** MARGIN_WEBHOOKS=off (or false, 0, no) keeps the in-app delivery job from starting. */
export function areWebhooksDisabled(env: Record<string, string | undefined> = process.env): boolean {
  return /^(?:off|false|0|no)$/i.test(env.MARGIN_WEBHOOKS?.trim() ?? '');
}
