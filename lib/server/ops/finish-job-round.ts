import 'server-only';
import { getMetrics } from './metrics';

type Round = { running: Promise<void> | null; held: Set<string> };

/**
 * A job scheduler stopping: waits for the round under way — or, given `graceMs`, that long, then
 * gives back (`release`) what the round still holds, so that another instance takes it at once.
 */
export async function finishJobRound(
  round: Round,
  { graceMs, release, job }: { graceMs?: number; release: (ids: string[]) => Promise<number>; job: string },
) {
  if (graceMs === undefined) {
    await round.running;
    return;
  }
  let grace: NodeJS.Timeout | undefined;
  await Promise.race([round.running, new Promise((resolve) => (grace = setTimeout(resolve, graceMs)))]);
  clearTimeout(grace);
  const held = [...round.held];
  round.held.clear();
  const released = await release(held);
  if (released) getMetrics().jobsReleased.inc({ job }, released);
}
