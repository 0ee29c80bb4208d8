'use client';

import { assignClaimAction } from '@/lib/actions/claims';
import type { ClaimDetails } from '@/lib/server/claims/get-claim';
import { can } from '@/lib/permissions';
import { displayName } from '@/lib/users/display-name';
import { Alert } from '@/components/ui/alert';
import { SelectField } from '@/components/ui/select-field';
import type { PanelMember } from './claim-panel';
import { useClaimChange } from './use-claim-change';

/** Who checks this claim: editors and owners choose among the members who can check. */
export function ClaimAssignee({
  workspace,
  claim,
  onChanged,
  members,
  canAssign,
}: {
  workspace: string;
  claim: ClaimDetails;
  onChanged: () => void;
  members: PanelMember[];
  canAssign: boolean;
}) {
  const { pending, error, run } = useClaimChange(onChanged);
  if (!canAssign) {
    return (
      <p>
        <span className="text-muted">Assigned to </span>
        <span data-testid="claim-assignee">{claim.assignee ? displayName(claim.assignee) : 'nobody'}</span>
      </p>
    );
  }
  const options = [
    { value: '', label: 'Nobody' },
    ...members.filter((member) => can(member.role, 'claim.verify')).map((member) => ({ value: member.id, label: displayName(member) })),
  ];
  return (
    <div>
      <SelectField
        label="Assigned to"
        name="assigneeId"
        options={options}
        value={claim.assigneeId ?? ''}
        disabled={pending}
        onChange={(event) => run(() => assignClaimAction({ workspace, claimId: claim.id, version: claim.version, assigneeId: event.target.value }))}
      />
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
