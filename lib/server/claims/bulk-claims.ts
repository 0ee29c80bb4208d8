import 'server-only';
import { getDb } from '@/lib/db';
import { toAppError } from '@/lib/errors';
import { claimLabel } from './lock-claim';

export type SelectedClaim = { claimId: string; version: number };

export type BulkOutcome = {
  changed: number;
  refused: { claimId: string; label: string; reason: string }[];
  /** "3 changed, 1 refused" */
  summary: string;
};

/**
 * Applies `change` to each selected claim on its own (its own transaction, its own version
 * check): a refusal of one claim is reported with its reason and does not stop the others.
 * Unexpected errors still propagate.
 */
export async function forEachClaim(
  workspaceId: string,
  selected: SelectedClaim[],
  change: (claim: SelectedClaim) => Promise<unknown>,
): Promise<BulkOutcome> {
  const unique = [...new Map(selected.map((claim) => [claim.claimId, claim])).values()];
  const refused: { claimId: string; reason: string }[] = [];
  let changed = 0;
  for (const claim of unique) {
    try {
      await change(claim);
      changed += 1;
    } catch (error) {
      const appError = toAppError(error);
      if (!appError) throw error;
      refused.push({ claimId: claim.claimId, reason: appError.message });
    }
  }
  const statements = await getDb().claim.findMany({
    where: { workspaceId, id: { in: refused.map((row) => row.claimId) } },
    select: { id: true, statement: true },
  });
  const labels = new Map(statements.map((claim) => [claim.id, claimLabel(claim)]));
  const summary = [`${changed} changed`, ...(refused.length > 0 ? [`${refused.length} refused`] : [])].join(', ');
  return {
    changed,
    refused: refused.map((row) => ({ ...row, label: labels.get(row.claimId) ?? 'A claim that is not in this workspace' })),
    summary,
  };
}
