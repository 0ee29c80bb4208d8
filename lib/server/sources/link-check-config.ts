// Settings of the link-health job, from the environment (README: Configuration).
import { parseDuration } from '@/lib/sources/duration';

const HOUR = 3_600_000;

function duration(name: string, fallbackMs: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallbackMs;
  const parsed = parseDuration(raw);
  if (parsed === null) console.warn(`${name}="${raw}" is not a duration (e.g. 90s, 15m, 24h): using the default.`);
  return parsed ?? fallbackMs;
}

function count(name: string, fallback: number, max: number): number {
  const parsed = Number(process.env[name]);
  return Number.isInteger(parsed) && parsed >= 1 ? Math.min(parsed, max) : fallback;
}

export function linkCheckConfig() {
  return {
    /** MARGIN_LINK_CHECK_INTERVAL: time between two checks of a source (gone ones too: sites come back). */
    intervalMs: duration('MARGIN_LINK_CHECK_INTERVAL', 24 * HOUR),
    /** MARGIN_LINK_CHECK_POLL: how often the scheduler looks for sources whose time has come. */
    pollMs: duration('MARGIN_LINK_CHECK_POLL', 60_000),
    /** MARGIN_LINK_CHECK_CONCURRENCY: pages fetched at once by one app instance or worker. */
    concurrency: count('MARGIN_LINK_CHECK_CONCURRENCY', 2, 16),
    /** A source taken by a check is not taken again for this long, even if that instance died mid-check. */
    leaseMs: 10 * 60_000,
    /** Sources taken per round trip to the database. */
    batchSize: 10,
  };
}

/** MARGIN_LINK_CHECKS=off (or false, 0, no) keeps the in-app scheduler from starting. */
export function areLinkChecksDisabled(env: Record<string, string | undefined> = process.env): boolean {
  return /^(?:off|false|0|no)$/i.test(env.MARGIN_LINK_CHECKS?.trim() ?? '');
}
