// Reads the server's own metrics (/api/metrics, with the token the benchmark gave it) every
// second while the load runs: requests waiting for a database connection, and event-loop delay.
// Tells which of the two holds the server back.

const sample = (text: string, name: string) => Number(new RegExp(`^${name} ([\\d.e+-]+)`, 'm').exec(text)?.[1] ?? NaN);

export function probeServer(baseUrl: string, token: string) {
  const waiting: number[] = [];
  const lagP99: number[] = [];
  const lagMean: number[] = [];
  const timer = setInterval(async () => {
    const response = await fetch(`${baseUrl}/api/metrics`, { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
    if (!response?.ok) return;
    const text = await response.text();
    waiting.push(sample(text, 'margin_db_pool_connections\\{state="waiting"\\}'));
    lagP99.push(sample(text, 'margin_nodejs_eventloop_lag_p99_seconds') * 1000);
    lagMean.push(sample(text, 'margin_nodejs_eventloop_lag_mean_seconds') * 1000);
  }, 1000);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  return () => {
    clearInterval(timer);
    return {
      poolWaitingMean: mean(waiting).toFixed(1),
      poolWaitingMax: Math.max(0, ...waiting),
      eventLoopLagMeanMs: mean(lagMean).toFixed(0),
      eventLoopLagP99Ms: Math.max(0, ...lagP99).toFixed(0),
    };
  };
}
