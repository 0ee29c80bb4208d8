import { claimKey, memoryKey, type ClaimView } from '@/components/data/entity-keys';
import type { MutationOptions } from '@/components/forms/use-mutation';
import { jsonified } from '@/lib/jsonified';
import type { ClaimDetails } from '@/lib/server/claims/get-claim';

/**
 * useMutation's options for a change of the claim itself (statement, step, assignee): its action
 * answers with the claim as changed, which goes straight into the panel's cache; its live echo
 * (the claim at that version) reloads nothing.
 */
export function claimChange(workspace: string, claimId: string, { memory = false } = {}): MutationOptions<unknown, ClaimDetails> {
  return {
    // `memory`: the change alters what the claim matches ("Seen before": a new statement, a link), read again
    reads: () => (memory ? [claimKey(workspace, claimId), memoryKey(workspace, claimId)] : [claimKey(workspace, claimId)]),
    fresh: (claim) => [{ key: claimKey(workspace, claim.id), data: jsonified(claim) satisfies ClaimView }],
    writes: (claim) => [{ entity: 'claim', entityId: claim.id, version: claim.version }],
  };
}
