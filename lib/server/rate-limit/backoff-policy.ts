// How long a password sign-in waits after failures: nothing for the first few, then a delay that
// doubles with each failure up to a cap. Two scales (lib/server/rate-limit/sign-in-backoff.ts):
// one per account and address, which grows to a long wait, and one per account, from all
// addresses together, which starts much later and stays short — an attacker can slow the owner's
// sign-in down by seconds, never lock them out.

export type BackoffScale = {
  /** Failures that cost nothing. */
  freeFailures: number;
  /** The longest wait. */
  maxWaitMs: number;
  /** Failures older than this, counted from the last one, are forgotten. */
  forgetAfterMs: number;
};

const SECOND = 1000;
const MINUTE = 60 * SECOND;

export const SIGN_IN_BACKOFF = {
  /** One address against one account: 1 s after the third failure, doubling, up to 15 min. */
  pair: { freeFailures: 3, maxWaitMs: 15 * MINUTE, forgetAfterMs: 24 * 60 * MINUTE },
  /** All addresses against one account: from the twentieth failure in an hour, up to 30 s. */
  account: { freeFailures: 20, maxWaitMs: 30 * SECOND, forgetAfterMs: 60 * MINUTE },
} as const satisfies Record<string, BackoffScale>;

/** The wait before the next attempt after `failures` failures: 0, then 1 s, 2 s, 4 s … up to the cap. */
export function backoffWaitMs(failures: number, scale: BackoffScale): number {
  if (failures < scale.freeFailures) return 0;
  return Math.min(scale.maxWaitMs, SECOND * 2 ** Math.min(failures - scale.freeFailures, 30));
}

/** What the sign-in form says: "Wait 8 seconds." — in minutes from two minutes on. */
export function waitMessage(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / SECOND));
  if (seconds < 120) return `Too many failed sign-ins. Wait ${seconds} second${seconds === 1 ? '' : 's'} before trying again.`;
  return `Too many failed sign-ins. Wait ${Math.ceil(seconds / 60)} minutes before trying again.`;
}
