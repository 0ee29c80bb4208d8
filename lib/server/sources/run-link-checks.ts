import 'server-only';
import { AppError } from '@/lib/errors';
import { countJobItem } from '@/lib/server/ops/metrics';
import { checkSource } from './check-source';
import { claimDueSources } from './claim-due-sources';
import { linkCheckConfig } from './link-check-config';
import type { SourceCheckResult } from './source-check-result';

export type LinkCheckRun = { checked: SourceCheckResult[]; failed: { sourceId: string; error: unknown }[] };

/**
 * One run of the link-health job: takes due sources a batch at a time and checks them,
 * `concurrency` pages at once, until none is due or `shouldStop()` says so. A check that throws
 * (the database went away…) is logged and retried when its lease runs out, not in a loop.
 * `held` holds the ids taken and not yet done, for the scheduler to give back when the instance stops.
 */
export async function runLinkChecks({
  workspaceId = null,
  shouldStop = () => false,
  log = console,
  held = new Set<string>(),
}: {
  workspaceId?: string | null;
  shouldStop?: () => boolean;
  log?: Pick<Console, 'error'>;
  held?: Set<string>;
} = {}): Promise<LinkCheckRun> {
  const { batchSize, concurrency, leaseMs } = linkCheckConfig();
  const run: LinkCheckRun = { checked: [], failed: [] };
  while (!shouldStop()) {
    const due = await claimDueSources({ limit: batchSize, leaseMs, workspaceId });
    if (due.length === 0) break;
    for (const sourceId of due) held.add(sourceId);
    const queue = [...due];
    const worker = async () => {
      // Once stopping, what is left in the queue stays held: the scheduler gives it back.
      for (let sourceId = queue.shift(); sourceId && !shouldStop(); sourceId = queue.shift()) {
        try {
          run.checked.push(await checkSource(sourceId, { trigger: 'schedule', capture: false }));
          countJobItem('link_check', 'done');
        } catch (error) {
          if (error instanceof AppError && error.code === 'not_found') continue; // deleted since it was taken
          run.failed.push({ sourceId, error });
          countJobItem('link_check', 'error');
          log.error(`Link check of source ${sourceId} failed; it is retried later.`, error);
        } finally {
          held.delete(sourceId);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
    if (due.length < batchSize) break;
  }
  return run;
}
