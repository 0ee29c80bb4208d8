/**
 * Wait before reconnection attempt `attempt` (1, 2, …): 1 s, 2 s, 4 s … capped at 30 s, with up to
 * 20 % jitter so that many clients dropped together do not all come back in the same instant.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random) {
  const base = Math.min(30_000, 1_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (1 + 0.2 * random()));
}

/** How long after a drop the indicator says "Reconnecting…" before it says "Offline". */
export const OFFLINE_AFTER_MS = 10_000;
