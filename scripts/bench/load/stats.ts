// Latencies and outcomes per request type, and their summary (throughput, p50/p95/p99).

export type Outcome = { ms: number; status: number } | { ms: number; socketError: string };

export type TypeStats = { latencies: number[]; unexpected: Map<string, number> };

export class LoadStats {
  readonly byType = new Map<string, TypeStats>();
  /** The first few unexpected answers, to print. */
  readonly firstErrors: string[] = [];

  record(type: string, outcome: Outcome) {
    let stats = this.byType.get(type);
    if (!stats) this.byType.set(type, (stats = { latencies: [], unexpected: new Map() }));
    stats.latencies.push(outcome.ms);
    if (!('status' in outcome) || outcome.status < 200 || outcome.status >= 300) {
      const key = 'status' in outcome ? String(outcome.status) : outcome.socketError;
      stats.unexpected.set(key, (stats.unexpected.get(key) ?? 0) + 1);
    }
  }
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

/** One row per request type and one for all of them: count, rate, percentiles, errors. */
export function summarise(stats: LoadStats, seconds: number) {
  const row = (type: string, latencies: number[], errors: Map<string, number>) => {
    const sorted = [...latencies].sort((a, b) => a - b);
    const errorCount = [...errors.values()].reduce((sum, count) => sum + count, 0);
    return {
      type,
      requests: latencies.length,
      'per s': (latencies.length / seconds).toFixed(1),
      'p50 ms': percentile(sorted, 50).toFixed(0),
      'p95 ms': percentile(sorted, 95).toFixed(0),
      'p99 ms': percentile(sorted, 99).toFixed(0),
      'max ms': (sorted.at(-1) ?? 0).toFixed(0),
      errors: errorCount === 0 ? '0' : `${errorCount} (${[...errors].map(([key, count]) => `${key}×${count}`).join(', ')})`,
    };
  };
  const rows = [...stats.byType].map(([type, entry]) => row(type, entry.latencies, entry.unexpected));
  const all = [...stats.byType.values()];
  const errors = new Map<string, number>();
  for (const entry of all) for (const [key, count] of entry.unexpected) errors.set(key, (errors.get(key) ?? 0) + count);
  rows.push(
    row(
      'all',
      all.flatMap((entry) => entry.latencies),
      errors,
    ),
  );
  return rows;
}
