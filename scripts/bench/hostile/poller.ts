// The second client: requests a light page every 50 ms (open loop, at most 20 in flight, so a
// stalled server shows in the figures instead of slowing the poller down) until stopped.
const INTERVAL_MS = 50;
const MAX_IN_FLIGHT = 20;
const REQUEST_TIMEOUT_MS = 30_000;
const MAX_RUN_MS = 200_000;

/** `slowest`: the five slowest answers, each with when it was sent (ms after the poller started). */
export type PollResult = { latencies: number[]; failures: number; skipped: number; slowest: { sentAtMs: number; ms: number }[] };

export function startPoller(url: string, cookie: string) {
  const latencies: number[] = [];
  const answers: { sentAtMs: number; ms: number }[] = [];
  let failures = 0;
  let skipped = 0;
  let inFlight = 0;
  const pending = new Set<Promise<void>>();
  const startedAt = performance.now();
  const tick = () => {
    if (inFlight >= MAX_IN_FLIGHT) return void (skipped += 1);
    inFlight += 1;
    const sent = performance.now();
    const request = fetch(url, { headers: { cookie }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
      .then(async (response) => {
        await response.arrayBuffer();
        if (!response.ok) return void (failures += 1);
        latencies.push(performance.now() - sent);
        answers.push({ sentAtMs: sent - startedAt, ms: performance.now() - sent });
      })
      .catch(() => void (failures += 1))
      .finally(() => {
        inFlight -= 1;
        pending.delete(request);
      });
    pending.add(request);
  };
  const timer = setInterval(() => {
    if (performance.now() - startedAt > MAX_RUN_MS) clearInterval(timer);
    else tick();
  }, INTERVAL_MS);
  return {
    /** Stops sending and waits for the requests in flight (each bounded by its timeout). */
    async stop(): Promise<PollResult> {
      clearInterval(timer);
      await Promise.all([...pending]);
      const slowest = [...answers].sort((a, b) => b.ms - a.ms).slice(0, 5);
      return { latencies: [...latencies].sort((a, b) => a - b), failures, skipped, slowest };
    },
  };
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
