// Durations in settings: "90s", "15m", "24h", "7d", or a plain number of seconds.

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** Milliseconds, or null when `value` is not a positive duration. */
export function parseDuration(value: string | undefined | null): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([smhd])?$/i.exec((value ?? '').trim());
  if (!match) return null;
  const ms = Number(match[1]) * UNIT_MS[(match[2]?.toLowerCase() ?? 's') as keyof typeof UNIT_MS];
  return ms > 0 && Number.isFinite(ms) ? Math.round(ms) : null;
}
