// Wall time and peak memory (RSS sampled every 10 ms) of one piece of work.
export async function measure<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; peakRssMb: number; rssBeforeMb: number }> {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  const started = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - started;
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, ms, peakRssMb: peak / 1024 / 1024, rssBeforeMb: rssBefore / 1024 / 1024 };
  } finally {
    clearInterval(sampler);
  }
}

export function printTable(rows: Record<string, string | number>[]) {
  const columns = Object.keys(rows[0] ?? {});
  const width = (column: string) => Math.max(column.length, ...rows.map((row) => String(row[column]).length));
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(width(columns[index]!))).join('  ');
  console.log(line(columns));
  console.log(line(columns.map((column) => '-'.repeat(width(column)))));
  for (const row of rows) console.log(line(columns.map((column) => String(row[column]))));
}
