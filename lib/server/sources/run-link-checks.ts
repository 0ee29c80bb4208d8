import 'server-only';
import { AppError } from '@/lib/errors';
import { checkSource } from './check-source';
import { claimDueSources } from './claim-due-sources';
import { linkCheckConfig } from './link-check-config';
import type { SourceCheckResult } from './source-check-result';

export type LinkCheckRun = { checked: SourceCheckResult[]; failed: { sourceId: string; error: unknown }[] };

/**
 * One run of the link-health job: takes due sources a batch at a time and checks them,
 * `concurrency` pages at once, until none is due or `shouldStop()` says so. A check that throws
 * (the database went away…) is logged and retried when its lease runs out, not in a loop.
 */
export async function runLinkChecks({
  workspaceId = null,
  shouldStop = () => false,
  log = console,
}: { workspaceId?: string | null; shouldStop?: () => boolean; log?: Pick<Console, 'error'> } = {}): Promise<LinkCheckRun> {
  const { batchSize, concurrency, leaseMs } = linkCheckConfig();
  const run: LinkCheckRun = { checked: [], failed: [] };
  while (!shouldStop()) {
    const due = await claimDueSources({ limit: batchSize, leaseMs, workspaceId });
    if (due.length === 0) break;
    const queue = [...due];
    const worker = async () => {
      for (let sourceId = queue.shift(); sourceId; sourceId = queue.shift()) {
        try {
          run.checked.push(await checkSource(sourceId, { trigger: 'schedule', capture: false }));
        } catch (error) {
          if (error instanceof AppError && error.code === 'not_found') continue; // deleted since it was taken
          run.failed.push({ sourceId, error });
          log.error(`Link check of source ${sourceId} failed; it is retried later.`, error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
    if (due.length < batchSize) break;
  }
  return run;
}
