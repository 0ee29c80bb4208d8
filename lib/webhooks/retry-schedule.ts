// When a failed webhook delivery is tried again: exponential backoff with jitter, then giving up.

/** Waits after the 1st, 2nd … failed attempt (the Standard Webhooks suggestion): 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h. */
export const RETRY_DELAYS_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 36_000_000] as const;

/** Attempts in all (the first and its retries) before a delivery is marked failed. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** Deliveries given up in a row after which a webhook is turned off. */
export const DISABLE_AFTER_FAILED_DELIVERIES = 5;

/**
 * When to try again after `attempts` failed attempts, or null to give up. Jitter of up to ±20 %
 * (`random` in [0, 1)) keeps many receivers that failed together from being retried together.
 */
export function nextAttemptDelay(attempts: number, random: number = Math.random(), maxAttempts: number = MAX_ATTEMPTS): number | null {
  if (attempts >= maxAttempts) return null;
  const base = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length) - 1] ?? RETRY_DELAYS_MS[0];
  return Math.round(base * (0.8 + 0.4 * random));
}

/** A receiver's answer that counts as delivered: any 2xx. */
export const isDelivered = (status: number | null) => status !== null && status >= 200 && status < 300;
